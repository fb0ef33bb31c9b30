using Ecomuna.Core.Background;
using Ecomuna.Core.Calendar;
using Ecomuna.Core.Email;
using Ecomuna.Core.Email.Outbox;
using Ecomuna.Core.Members;
using Ecomuna.Core.Surveys;

namespace Ecomuna.Core.Surveys;

/// <summary>
/// Reminds those who have not submitted an open survey, at the steps of its schedule ("14, 7, 2" days before
/// closing). The first step goes to the civil servants; later steps also to the politicians. Each person gets each
/// step once, kept by a unique key on the reminders sent; when several steps have come since the last run only the
/// latest goes out. Runs as a scheduled job and from the survey list's button.
/// </summary>
public sealed class SurveyReminders(EcomunaDbContext db, EmailTemplates templates, EmailOutbox outbox, TimeProvider clock, SwedishTime swedishTime, IOptions<JobOptions> jobs)
{
    /// <summary>Sends the reminders that are due; returns how many went.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct = default)
    {
        var today = swedishTime.Today;
        var surveys = await db.Surveys.AsNoTracking()
            .Where(s => s.OpensOn <= today && s.ClosesOn >= today && s.ReminderDays != "")
            .OrderBy(s => s.Id)
            .ToListAsync(ct);
        var sent = 0;
        foreach (var survey in surveys)
        {
            if (ReminderSchedule.DueStep(survey, today) is { } step)
            {
                sent += await RemindAsync(survey, step.Index, step.DaysBefore, today, ct);
            }
        }

        return sent;
    }

    private async Task<int> RemindAsync(Survey survey, int stepIndex, int daysBefore, DateOnly today, CancellationToken ct)
    {
        var politiciansToo = stepIndex > 0;
        var submitted = db.SurveyResponses.Where(r => r.SurveyId == survey.Id && r.SubmittedAtUtc != null);
        var asked = db.AskedPersons(survey).Where(c => c.EndedOn == null || c.EndedOn > today);
        asked = survey.Audience == SurveyAudience.PerMember
            ? asked.Where(c => (c.Role == ContactRole.CivilServant || (politiciansToo && c.Role == ContactRole.Politician))
                && !submitted.Any(r => r.MemberId == c.MemberId))
            : asked.Where(c => (c.Role == ContactRole.CivilServant || c.Role == ContactRole.OtherStaff || politiciansToo)
                && !submitted.Any(r => r.ContactPersonId == c.Id));
        var recipients = await asked
            .Where(c => !db.SurveyReminders.Any(r => r.SurveyId == survey.Id && r.ContactPersonId == c.Id && r.DaysBefore == daysBefore))
            .OrderBy(c => c.MemberId).ThenBy(c => c.Role).ThenBy(c => c.Id)
            .Select(c => new
            {
                c.Id,
                c.Email,
                Name = c.FirstName + " " + c.LastName,
                Language = db.Users.Where(u => u.Id == c.UserId).Select(u => u.PreferredLanguage).FirstOrDefault(),
            })
            .ToListAsync(ct);

        var link = jobs.Value.Link($"/Organisation/Surveys/Answer/{survey.Id}");
        var sent = 0;
        foreach (var person in recipients.Where(p => !string.IsNullOrWhiteSpace(p.Email)))
        {
            // The reminder's row and its mail are saved together; its unique key keeps a second run or instance from
            // sending it again.
            var reminder = new SurveyReminder { SurveyId = survey.Id, ContactPersonId = person.Id, DaysBefore = daysBefore, SentAtUtc = clock.GetUtcNow().UtcDateTime };
            db.SurveyReminders.Add(reminder);
            var mail = outbox.Enqueue(templates.SurveyReminder(person.Email, person.Name, person.Language ?? "sv", survey, link));
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                db.Entry(reminder).State = EntityState.Detached;
                db.Entry(mail).State = EntityState.Detached;
                continue;
            }

            sent++;
        }

        return sent;
    }
}
