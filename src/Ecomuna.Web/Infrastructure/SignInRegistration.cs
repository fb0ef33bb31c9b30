using Ecomuna.Web.Infrastructure.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace Ecomuna.Web.Infrastructure;

/// <summary>How people stay signed in: session cookies, the role policies of the page folders and the data protection keys.</summary>
internal static class SignInRegistration
{
    public const string AdminPolicy = "Admin";
    public const string ContactPersonPolicy = "ContactPerson";
    public const string NetworkMemberPolicy = "NetworkMember";

    public static void AddEcomunaSignIn(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SecurityOptions>()
            .Bind(builder.Configuration.GetSection(SecurityOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        var security = builder.Configuration.GetSection(SecurityOptions.Section).Get<SecurityOptions>() ?? new SecurityOptions();

        builder.Services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/Login";
            options.LogoutPath = "/Account/Logout";
            options.AccessDeniedPath = "/Account/AccessDenied";
            options.Cookie.Name = SessionCookies.Auth;
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.ExpireTimeSpan = security.IdleTimeout;
            options.SlidingExpiration = true;
            SessionCookies.EndAfter(options, security.AbsoluteTimeout, security.StampValidationInterval);
        });
        builder.Services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = security.StampValidationInterval);
        SessionCookies.Harden(builder.Services, security.AllowHttp);

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(AdminPolicy, policy => policy.RequireRole(Roles.Admin))
            .AddPolicy(ContactPersonPolicy, policy => policy.RequireRole(Roles.ContactPerson))
            .AddPolicy(NetworkMemberPolicy, policy => policy.RequireRole(Roles.NetworkMember));

        // Keys live in the database so that several instances (and restarts in containers) share them.
        builder.Services.AddDataProtection().SetApplicationName("Ecomuna");
        builder.Services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(services =>
            new ConfigureOptions<KeyManagementOptions>(options =>
                options.XmlRepository = new DatabaseXmlRepository(services.GetRequiredService<IServiceScopeFactory>())));
    }
}
