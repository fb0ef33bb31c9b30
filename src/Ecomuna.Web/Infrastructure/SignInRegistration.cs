using Ecomuna.Core.Accounts;
using Ecomuna.Core.Data;
using Ecomuna.Core.Members;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Identity;
using Ecomuna.Web.Infrastructure.Localization;
using Ecomuna.Web.Infrastructure.Security;
using Microsoft.Extensions.Options;

namespace Ecomuna.Web.Infrastructure;

internal static class AccountsRegistration
{
    public const string AdminPolicy = "Admin";
    public const string ContactPersonPolicy = "ContactPerson";
    public const string NetworkMemberPolicy = "NetworkMember";

    public static void AddEcomunaAccounts(this WebApplicationBuilder builder)
    {
        builder.Services
            .AddIdentity<AppUser, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedEmail = true;
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddEntityFrameworkStores<EcomunaDbContext>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<InvitationTokenProvider>(ContactInvitations.TokenProvider)
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>()
            .AddPasswordValidator<PasswordPolicyValidator>();

        builder.Services.Configure<DataProtectionTokenProviderOptions>(options => options.TokenLifespan = TimeSpan.FromHours(24));
        builder.Services.AddScoped<ContactInvitations>();
        builder.Services.AddScoped<AccountChangeMail>();

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
