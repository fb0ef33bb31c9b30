using System.Security.Claims;

namespace Ecomuna.Web.Infrastructure;

/// <summary>Records changes as made by the signed-in user (their email), or "system" outside a request.</summary>
internal sealed class SignedInChangeAuthor(IHttpContextAccessor http) : IChangeAuthor
{
    public string Name => http.HttpContext?.User.FindFirstValue(ClaimTypes.Email)
        ?? http.HttpContext?.User.Identity?.Name
        ?? "system";
}
