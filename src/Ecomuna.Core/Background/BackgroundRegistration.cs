using Ecomuna.Core.Audit;
using Ecomuna.Core.Events;
using Ecomuna.Core.Invoicing;
using Ecomuna.Core.Members;
using Ecomuna.Core.Privacy;
using Ecomuna.Core.Surveys;
using Microsoft.Extensions.Hosting;
using Ecomuna.Core.Background;
using Ecomuna.Core.Email.Outbox;

namespace Ecomuna.Core.Background;

internal static class BackgroundRegistration
{
    /// <summary>The outbox, its sender and the scheduled jobs; the background service runs unless Outbox:Enabled is false.</summary>
    public static void AddEcomunaBackground(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<OutboxOptions>()
            .Bind(builder.Configuration.GetSection(OutboxOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddOptions<JobOptions>()
            .Bind(builder.Configuration.GetSection(JobOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.Services.AddOptions<AuditOptions>()
            .Bind(builder.Configuration.GetSection(AuditOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddScoped<EmailOutbox>();
        builder.Services.AddScoped<OutboxSender>();
        builder.Services.AddSingleton<ScheduledJobRunner>();
        builder.Services.AddScoped<IScheduledJob, EventReminderJob>();
        builder.Services.AddScoped<IScheduledJob, InvoiceReminderJob>();
        builder.Services.AddScoped<IScheduledJob, ContactDetailsReminderJob>();
        builder.Services.AddScoped<IScheduledJob, SurveyReminderJob>();
        builder.Services.AddScoped<IScheduledJob, CleanUpJob>();
        builder.Services.AddScoped<IScheduledJob, AuditRetentionJob>();

        if (builder.Configuration.GetValue(OutboxOptions.Section + ":" + nameof(OutboxOptions.Enabled), true))
        {
            builder.Services.AddHostedService<MailAndJobsService>();
        }
    }
}
