using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Ecomuna.Web.Infrastructure.Security;

/// <summary>
/// The portal's cookies all carry the <c>__Host-</c> prefix: browsers only accept them when Secure, for the whole site
/// and without a Domain, so no other site or subdomain can set or read them. Browsers treat http://localhost as
/// secure, so development over plain http still works.
/// </summary>
internal static class SessionCookies
{
    public const string Auth = "__Host-Ecomuna.Auth";
    public const string Culture = "__Host-Ecomuna.Culture";
    public const string TwoFactor = "__Host-Ecomuna.TwoFactor";
    public const string RememberDevice = "__Host-Ecomuna.RememberDevice";
    public const string Messages = "__Host-Ecomuna.Messages";
    public const string Antiforgery = "__Host-Ecomuna.Antiforgery";
    private const string SignedInAt = "signed-in-at";

    public static void Harden(IServiceCollection services, bool allowHttp)
    {
        services.Configure<AntiforgeryOptions>(options =>
        {
            // Antiforgery refuses a Secure-only cookie on an http request, so plain-http development needs a plain cookie.
            options.Cookie.Name = allowHttp ? "Ecomuna.Antiforgery" : Antiforgery;
            options.Cookie.SecurePolicy = allowHttp ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            options.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.Configure<CookieTempDataProviderOptions>(options =>
        {
            options.Cookie.Name = Messages;
            options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            options.Cookie.SameSite = SameSiteMode.Lax;
        });
        foreach (var (scheme, name) in new[]
        {
            (IdentityConstants.TwoFactorUserIdScheme, TwoFactor),
            (IdentityConstants.TwoFactorRememberMeScheme, RememberDevice),
            (IdentityConstants.ExternalScheme, "__Host-Ecomuna.External"),
        })
        {
            services.Configure<CookieAuthenticationOptions>(scheme, options =>
            {
                options.Cookie.Name = name;
                options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
                options.Cookie.HttpOnly = true;
            });
        }
    }

    /// <summary>
    /// Ends a login <paramref name="absolute"/> after it began, however active: the moment of the login is kept in the
    /// cookie and survives the renewals of sliding expiration and of the security-stamp check.
    /// </summary>
    public static void EndAfter(CookieAuthenticationOptions options, TimeSpan absolute, TimeSpan stampValidationInterval)
    {
        var onSigningIn = options.Events.OnSigningIn;
        options.Events.OnSigningIn = context =>
        {
            if (!context.Properties.Items.ContainsKey(SignedInAt))
            {
                context.Properties.Items[SignedInAt] = context.Options.TimeProvider!.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return onSigningIn(context);
        };

        var onValidatePrincipal = options.Events.OnValidatePrincipal;
        options.Events.OnValidatePrincipal = async context =>
        {
            var now = context.Options.TimeProvider!.GetUtcNow();
            if (context.Properties.Items.TryGetValue(SignedInAt, out var value)
                && long.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
                && now - DateTimeOffset.FromUnixTimeSeconds(seconds) > absolute)
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                return;
            }

            if (stampValidationInterval == TimeSpan.Zero)
            {
                await CheckStampAsync(context);
                return;
            }

            await onValidatePrincipal(context);
        };
    }

    /// <summary>
    /// The check made on every request: the account still exists and its security stamp is the one the cookie was
    /// issued with (logging out, a new password and "log out everywhere" change it). One small query, instead of
    /// Identity's check, which also rebuilds the login's claims from five queries; so a change of roles has to change
    /// the stamp to take effect before the next login.
    /// </summary>
    private static async Task CheckStampAsync(CookieValidatePrincipalContext context)
    {
        var claims = context.HttpContext.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var userId = context.Principal?.FindFirst(claims.UserIdClaimType)?.Value;
        var stamp = context.Principal?.FindFirst(claims.SecurityStampClaimType)?.Value;
        var db = context.HttpContext.RequestServices.GetRequiredService<EcomunaDbContext>();
        var current = userId is null ? null
            : await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.SecurityStamp).FirstOrDefaultAsync(context.HttpContext.RequestAborted);
        if (current is null || !string.Equals(current, stamp, StringComparison.Ordinal))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }
}
