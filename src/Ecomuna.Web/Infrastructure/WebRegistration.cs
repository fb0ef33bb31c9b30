using System.Text.Encodings.Web;
using System.Text.Unicode;
using Ecomuna.Core.Site;
using Ecomuna.Web.Infrastructure.Localization;
using Ecomuna.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.WebEncoders;

namespace Ecomuna.Web.Infrastructure;

internal static class WebRegistration
{
    public static void AddEcomunaWeb(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization();
        // Write å, ä, ö and other letters as they are instead of as numeric character references.
        builder.Services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            CultureInfo[] cultures = [.. SupportedCultures.All.Select(CultureInfo.GetCultureInfo)];
            options.DefaultRequestCulture = new RequestCulture(SupportedCultures.Swedish);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.ApplyCurrentCultureToResponseHeaders = true;
            // A browser asking for any English (en-US, en-AU, ...) or Swedish gets that language, not the default.
            var acceptLanguage = options.RequestCultureProviders.OfType<AcceptLanguageHeaderRequestCultureProvider>().Single();
            options.RequestCultureProviders.Insert(
                options.RequestCultureProviders.IndexOf(acceptLanguage),
                new CustomRequestCultureProvider(context => Task.FromResult(SupportedCultures.FromAcceptLanguage(context.Request.Headers.AcceptLanguage))));
            options.RequestCultureProviders.Remove(acceptLanguage);
            options.RequestCultureProviders.OfType<CookieRequestCultureProvider>().Single().CookieName = Security.SessionCookies.Culture;
            // ?culture=sv or ?culture=en shows a page in that language without changing the visitor's choice, so
            // that the hreflang links of the public pages are real addresses.
            var queryString = options.RequestCultureProviders.OfType<QueryStringRequestCultureProvider>().Single();
            options.RequestCultureProviders[options.RequestCultureProviders.IndexOf(queryString)] =
                new CustomRequestCultureProvider(context => Task.FromResult(SupportedCultures.FromQuery(context.Request.Query[SupportedCultures.QueryKey])));
        });

        builder.AddEcomunaRateLimits();
        builder.AddEcomunaSecurityHeaders();
        builder.Services.AddResponseCompression(options =>
        {
            // Pages are compressed too: the only secret in them, the antiforgery token, is encrypted anew for every
            // response, which leaves nothing for a compression side channel (BREACH) to guess.
            options.EnableForHttps = true;
            options.MimeTypes = ["text/html", "text/css", "text/javascript", "application/javascript", "application/atom+xml", "application/xml", "text/plain", "image/svg+xml"];
        });

        builder.AddEcomunaPublicPageCache();

        builder.Services.AddRazorPages(options =>
            {
                options.Conventions.AuthorizeFolder("/Admin", SignInRegistration.AdminPolicy);
                options.Conventions.AuthorizeFolder("/Organisation", SignInRegistration.ContactPersonPolicy);
                options.Conventions.AuthorizePage("/Network/Profile", SignInRegistration.NetworkMemberPolicy);
                Security.RateLimits.Limit(options.Conventions);
            })
            .AddMvcOptions(options => options.Filters.Add<AdminDownloadAudit>())
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(options =>
                options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        builder.Services.AddSingleton<IConfigureOptions<MvcOptions>, LocalizedModelBindingMessages>();

        // Every page needs a signed-in user unless its model says [AllowAnonymous].
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
    }

    public static void UseEcomunaPipeline(this WebApplication app)
    {
        app.UseEcomunaSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
        app.UseHttpLogging();
        app.UseResponseCompression();
        app.UseStaticFiles(new StaticFileOptions
        {
            // Files linked with asp-append-version carry their hash in the address, so browsers may keep them a year;
            // the libraries change only with a deploy, so a day.
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl =
                context.Context.Request.Query.ContainsKey("v") ? "public, max-age=31536000, immutable" : "public, max-age=86400",
        });
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<Security.AdminTwoFactorRequirement>();
        app.UseOutputCache();
        app.MapHealthChecks("/health").AllowAnonymous();
        // Live: the process answers (for restarting it); ready: it can reach its database (for sending it traffic).
        app.MapHealthChecks("/health/live", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { Predicate = _ => false }).AllowAnonymous().DisableRateLimiting();
        app.MapHealthChecks("/health/ready").AllowAnonymous().DisableRateLimiting();
        app.MapRazorPages();

        // An unknown address is a 404 for everyone; without this the login-required fallback policy would
        // send anonymous visitors to the login page instead.
        app.MapFallback(() => Results.NotFound()).AllowAnonymous();
    }
}
