namespace Ecomuna.Core.Site;

public static class SiteRegistration
{
    /// <summary>The public site's settings and the mail about a visitor's accessibility report.</summary>
    public static void AddSite(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SiteOptions>()
            .Bind(builder.Configuration.GetSection(SiteOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddScoped<AccessibilityReportMail>();
    }
}
