using System.Security.Claims;
using Ecomuna.Core.Audit;

namespace Ecomuna.Web.Infrastructure;

/// <summary>The signed-in user and client address of the current request, for the audit log.</summary>
internal sealed class HttpAuditContext(IHttpContextAccessor http) : IAuditContext
{
    private ClaimsPrincipal? User => http.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user : null;

    public string? UserId => User?.FindFirstValue(ClaimTypes.NameIdentifier);

    public string? UserEmail => User?.FindFirstValue(ClaimTypes.Email) ?? User?.Identity?.Name;

    public string? IpAddress => http.HttpContext?.Connection.RemoteIpAddress?.ToString();
}
