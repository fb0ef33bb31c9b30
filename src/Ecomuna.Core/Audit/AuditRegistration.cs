using Ecomuna.Core.Background;

namespace Ecomuna.Core.Audit;

public static class AuditRegistration
{
    /// <summary>How long the audit log is kept, and the job that removes older entries.</summary>
    public static void AddAudit(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AuditOptions>()
            .Bind(builder.Configuration.GetSection(AuditOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddScoped<IScheduledJob, AuditRetentionJob>();
    }
}
