using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.RateLimiting;

namespace Ecomuna.Web.Infrastructure.Security;

/// <summary>How many posts one client address may make in a window (RateLimits__Login__PermitLimit, ...__Window).</summary>
public sealed class RateLimit
{
    public int PermitLimit { get; set; }
    public TimeSpan Window { get; set; }
}

/// <summary>The "RateLimits" configuration section.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Logging in, two-factor codes, password reset and resending the confirmation mail.</summary>
    public RateLimit Login { get; set; } = new() { PermitLimit = 10, Window = TimeSpan.FromMinutes(1) };

    /// <summary>Forms anyone may send: applications, event registration, the accessibility report.</summary>
    public RateLimit PublicForms { get; set; } = new() { PermitLimit = 10, Window = TimeSpan.FromMinutes(10) };
}

/// <summary>
/// Limits the posts of the login and public forms per client IP address with ASP.NET Core's rate limiter; a client
/// over the limit gets 429 and the error page in its language. Pages (GET) are never limited.
/// </summary>
internal static class RateLimits
{
    public const string LoginPolicy = "login";
    public const string PublicFormsPolicy = "public-forms";

    private static readonly string[] LoginPages =
    [
        "/Account/Login", "/Account/LoginWith2fa", "/Account/LoginWithRecoveryCode", "/Account/ForgotPassword",
        "/Account/ResetPassword", "/Account/ResendEmailConfirmation", "/Account/AcceptInvitation",
    ];

    private static readonly string[] PublicFormPages = ["/Join/Membership", "/Join/Network", "/Events/Details", "/Accessibility/Report", "/Newsletters/Subscribe"];

    public static void AddEcomunaRateLimits(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<RateLimitOptions>()
            .Bind(builder.Configuration.GetSection(RateLimitOptions.Section))
            .Validate(o => o.Login.PermitLimit > 0 && o.Login.Window > TimeSpan.Zero,
                "Set RateLimits__Login__PermitLimit to a positive number and RateLimits__Login__Window to a positive time span, e.g. 10 and 00:01:00.")
            .Validate(o => o.PublicForms.PermitLimit > 0 && o.PublicForms.Window > TimeSpan.Zero,
                "Set RateLimits__PublicForms__PermitLimit to a positive number and RateLimits__PublicForms__Window to a positive time span, e.g. 10 and 00:10:00.")
            .ValidateOnStart();
        var limits = builder.Configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                return ValueTask.CompletedTask;
            };
            options.AddPolicy(LoginPolicy, context => PerClient(context, LoginPolicy, limits.Login));
            options.AddPolicy(PublicFormsPolicy, context => PerClient(context, PublicFormsPolicy, limits.PublicForms));
        });
    }

    /// <summary>Marks the limited pages; call from AddRazorPages' options.</summary>
    public static void Limit(PageConventionCollection conventions)
    {
        foreach (var page in LoginPages)
        {
            conventions.AddPageApplicationModelConvention(page, model => model.EndpointMetadata.Add(new EnableRateLimitingAttribute(LoginPolicy)));
        }

        foreach (var page in PublicFormPages)
        {
            conventions.AddPageApplicationModelConvention(page, model => model.EndpointMetadata.Add(new EnableRateLimitingAttribute(PublicFormsPolicy)));
        }
    }

    private static RateLimitPartition<string> PerClient(HttpContext context, string policy, RateLimit limit) =>
        HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
            ? RateLimitPartition.GetNoLimiter("pages")
            : RateLimitPartition.GetFixedWindowLimiter(
                $"{policy}:{context.Connection.RemoteIpAddress}",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = limit.PermitLimit, Window = limit.Window, QueueLimit = 0, AutoReplenishment = true });
}
