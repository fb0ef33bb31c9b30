using Ecomuna.Core.Background;
using Ecomuna.Core.Calendar;
using Ecomuna.Core.Email;
using Ecomuna.Core.Email.Outbox;
using Ecomuna.Core.Members;

namespace Ecomuna.Core.Members;

/// <summary>
/// Asks the contact persons of each active member whose details nobody has confirmed for 12 months to look them over
/// and confirm, at most once per member in any 12 months.
/// </summary>
public sealed class ContactDetailsReminderJob(
    EcomunaDbContext db, EmailOutbox outbox, EmailTemplates templates, TimeProvider clock, SwedishTime swedishTime, IOptions<JobOptions> options) : IScheduledJob
{
    public const string JobName = "confirm-details";

    public string Name => JobName;

    public TimeSpan Interval => options.Value.Interval;

    public async Task<JobResult> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = swedishTime.Today;
        var members = await db.Members.AsNoTracking()
            .Where(m => m.Status == MembershipStatus.Active)
            .Select(m => new { m.Id, m.Name, m.DetailsConfirmedAt })
            .ToListAsync(ct);
        var due = members.Where(m => DetailsConfirmation.IsOverdue(m.DetailsConfirmedAt, now)).ToList();

        var earlier = (await db.SentReminders.AsNoTracking().Where(r => r.Job == JobName).Select(r => new { r.Key, r.CreatedAtUtc }).ToListAsync(ct))
            .Select(r => (MemberId: int.Parse(r.Key.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture), r.CreatedAtUtc))
            .ToList();
        var periodStart = now.AddMonths(-DetailsConfirmation.Months).UtcDateTime;
        var link = options.Value.Link("/Organisation");

        var (remindedMembers, mails) = (0, 0);
        foreach (var member in due)
        {
            var before = earlier.Where(r => r.MemberId == member.Id).ToList();
            if (before.Any(r => r.CreatedAtUtc > periodStart))
            {
                continue;
            }

            var contacts = await db.ContactPersons.AsNoTracking()
                .Where(c => c.MemberId == member.Id && (c.EndedOn == null || c.EndedOn > today))
                .OrderBy(c => c.Id)
                .Select(c => new { c.Email, Name = c.FirstName + " " + c.LastName, Language = db.Users.Where(u => u.Id == c.UserId).Select(u => u.PreferredLanguage).FirstOrDefault() })
                .ToListAsync(ct);
            var recipients = contacts.Where(c => !string.IsNullOrWhiteSpace(c.Email)).DistinctBy(c => c.Email.Trim().ToUpperInvariant()).ToList();
            if (recipients.Count == 0)
            {
                continue;
            }

            foreach (var contact in recipients)
            {
                outbox.Enqueue(templates.ConfirmDetails(contact.Email, contact.Name, contact.Language ?? "sv", member.Name, link), EmailKind.Bulk);
            }

            // Numbered per member, so the same reminder cannot be written twice by two runs at once.
            SentOnce.Record(db, JobName, $"member:{member.Id}:{before.Count + 1}", now.UtcDateTime);
            if (await SentOnce.SaveAsync(db, ct))
            {
                remindedMembers++;
                mails += recipients.Count;
            }
        }

        return new JobResult($"Asked {remindedMembers} members ({mails} contact persons) to confirm their details.", remindedMembers, mails);
    }
}
