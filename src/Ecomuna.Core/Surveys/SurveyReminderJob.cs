using Ecomuna.Core.Background;

namespace Ecomuna.Core.Surveys;

/// <summary>Sends the survey reminders that are due, on each survey's own schedule.</summary>
public sealed class SurveyReminderJob(SurveyReminders reminders, IOptions<JobOptions> options) : IScheduledJob
{
    public const string JobName = "survey-reminders";

    public string Name => JobName;

    public TimeSpan Interval => options.Value.Interval;

    public async Task<JobResult> RunAsync(CancellationToken ct)
    {
        var queued = await reminders.SendDueAsync(ct);
        return new JobResult($"{queued} survey reminders queued.", queued);
    }
}
