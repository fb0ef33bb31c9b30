using Ecomuna.Core.Background;
using Ecomuna.Core.Email;
using Ecomuna.Core.Email.Outbox;
using Ecomuna.Core.Events;

namespace Ecomuna.Core.Events;

/// <summary>
/// Reminds everyone with a seat at an event some days before it starts (Jobs:EventReminderDays, by default 7 and 1),
/// once per person and step. A step is sent while the event is nearer than that step and not yet nearer than the next,
/// and only to people who were registered when the step came, so a late registration does not get a stale reminder.
/// </summary>
public sealed class EventReminderJob(EcomunaDbContext db, EmailOutbox outbox, EmailTemplates templates, TimeProvider clock, IOptions<JobOptions> options)
    : IScheduledJob
{
    public const string JobName = "event-reminders";

    public string Name => JobName;

    public TimeSpan Interval => options.Value.Interval;

    public async Task<JobResult> RunAsync(CancellationToken ct)
    {
        var steps = JobOptions.Days(options.Value.EventReminderDays);
        if (steps.Count == 0)
        {
            return new JobResult("No reminder days configured.", 0);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var horizon = now.AddDays(steps[0]);
        var upcoming = await db.Events.AsNoTracking()
            .Where(e => e.CancelledAtUtc == null && e.StartsAtUtc > now && e.StartsAtUtc <= horizon)
            .ToListAsync(ct);
        var ids = upcoming.Select(e => e.Id).ToList();
        var people = await db.EventRegistrations.AsNoTracking()
            .Where(r => ids.Contains(r.EventId) && r.Status == RegistrationStatus.Confirmed)
            .Select(r => new
            {
                r.Id, r.EventId, r.Email, Name = r.FirstName + " " + r.LastName, r.AccessToken, r.RegisteredAtUtc,
                Language = db.Users.Where(u => u.Id == r.UserId).Select(u => u.PreferredLanguage).FirstOrDefault(),
            })
            .OrderBy(r => r.Id)
            .ToListAsync(ct);
        var sent = await SentOnce.KeysAsync(db, JobName, ct);

        var queued = 0;
        foreach (var person in people)
        {
            var calendarEvent = upcoming.Single(e => e.Id == person.EventId);
            var step = StepFor(steps, calendarEvent.StartsAtUtc - now);
            var key = $"registration:{person.Id}:{step}";
            if (step is null || sent.Contains(key) || person.RegisteredAtUtc > calendarEvent.StartsAtUtc.AddDays(-step.Value))
            {
                continue;
            }

            var link = options.Value.Link($"/Events/Cancel?token={Uri.EscapeDataString(person.AccessToken)}");
            outbox.Enqueue(templates.EventReminder(person.Email, person.Name, person.Language ?? "sv", calendarEvent.Title,
                calendarEvent.StartsAtUtc, calendarEvent.TimeZone, calendarEvent.Place, link), EmailKind.Bulk);
            SentOnce.Record(db, JobName, key, now);
            if (await SentOnce.SaveAsync(db, ct))
            {
                queued++;
            }
        }

        return new JobResult($"Queued {queued} event reminders.", queued);
    }

    /// <summary>The smallest step the time left is within: 3 days left with steps 7 and 1 is step 7; 20 hours is step 1.</summary>
    public static int? StepFor(IReadOnlyList<int> stepsDescending, TimeSpan left)
    {
        ArgumentNullException.ThrowIfNull(stepsDescending);
        int? step = null;
        foreach (var days in stepsDescending)
        {
            if (left <= TimeSpan.FromDays(days))
            {
                step = days;
            }
        }

        return step;
    }
}
