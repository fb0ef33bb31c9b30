using Ecomuna.Core.Background;

namespace Ecomuna.Core.Privacy;

public static class PrivacyRegistration
{
    /// <summary>The daily clean-up of personal data that is no longer needed.</summary>
    public static void AddPrivacy(this IHostApplicationBuilder builder) => builder.Services.AddScoped<IScheduledJob, CleanUpJob>();
}
