using Ecomuna.Core.Email.Outbox;
using Microsoft.Extensions.Configuration;

namespace Ecomuna.Core.Background;

public static class BackgroundRegistration
{
    /// <summary>
    /// Long work with progress, and the scheduled job runner (each feature registers its own jobs as
    /// <see cref="IScheduledJob"/>). The service that sends the outbox and runs the jobs runs unless Outbox:Enabled is false.
    /// </summary>
    public static void AddBackground(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<JobOptions>()
            .Bind(builder.Configuration.GetSection(JobOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<ScheduledJobRunner>();
        builder.Services.AddSingleton<BackgroundWork>();
        builder.Services.AddHostedService<BackgroundWorkService>();

        if (builder.Configuration.GetValue(OutboxOptions.Section + ":" + nameof(OutboxOptions.Enabled), true))
        {
            builder.Services.AddHostedService<MailAndJobsService>();
        }
    }
}
