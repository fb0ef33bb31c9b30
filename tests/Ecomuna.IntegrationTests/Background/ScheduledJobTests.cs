using Ecomuna.Core.Background;
using Ecomuna.Core.Data;
using Ecomuna.Core.Email.Outbox;
using Ecomuna.Core.Events;
using Ecomuna.Core.Invoicing;
using Ecomuna.Core.Members;
using Ecomuna.Core.Privacy;
using Ecomuna.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Ecomuna.IntegrationTests.Background;

/// <summary>The scheduled jobs on the fake clock: each reminder once per person and step, also when run twice at once.</summary>
public abstract class ScheduledJobTests<TApp>(TApp fixture) : AppTests<TApp>(fixture)
    where TApp : AppFixture
{
    [Fact]
    public async Task EventReminders_SevenAndOneDayBefore_OncePerConfirmedPersonAndStep_EvenInTwoInstancesAtOnce()
    {
        var start = App.Clock.GetUtcNow().UtcDateTime.AddDays(10);
        var (title, emails) = await NewEventAsync(start);

        await RunTwiceAtOnceAsync<EventReminderJob>();
        Assert.Empty(await QueuedToAsync(emails));

        App.Clock.Advance(TimeSpan.FromDays(3.5));
        await RunTwiceAtOnceAsync<EventReminderJob>();
        await RunTwiceAtOnceAsync<EventReminderJob>();
        Assert.Equal([emails[0], emails[1]], (await QueuedToAsync(emails)).Order());

        App.Clock.Advance(TimeSpan.FromDays(6));
        await RunTwiceAtOnceAsync<EventReminderJob>();
        await RunTwiceAtOnceAsync<EventReminderJob>();
        Assert.Equal([emails[0], emails[0], emails[1], emails[1]], (await QueuedToAsync(emails)).Order());

        var mail = App.SentMails().Where(m => m.Subject == $"Påminnelse: {title}").ToList();
        Assert.Equal(4, mail.Count);
        Assert.All(mail, m => Assert.StartsWith("https://portal.example.org/Events/Cancel?token=", m.FirstLink(), StringComparison.Ordinal));
        Assert.Contains("Kungshamn", mail[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvoiceReminders_TenAndThirtyDaysAfterDue_OncePerInvoiceAndStep()
    {
        var number = 700_000 + Random.Shared.Next(99_999);
        var today = App.Today();
        var invoice = await App.AddInvoiceAsync(number, "Sotenäs", today.AddDays(-40), today.AddDays(-9), 4000);
        var paid = await App.AddInvoiceAsync(number + 100_000, "Sotenäs", today.AddDays(-40), today.AddDays(-20), 4000, paid: 4000);

        await RunTwiceAtOnceAsync<InvoiceReminderJob>();
        Assert.Equal(0, await RemindersAsync(invoice.Id));

        App.Clock.Advance(TimeSpan.FromDays(1));
        await RunTwiceAtOnceAsync<InvoiceReminderJob>();
        await RunTwiceAtOnceAsync<InvoiceReminderJob>();
        Assert.Equal(1, await RemindersAsync(invoice.Id));

        App.Clock.Advance(TimeSpan.FromDays(19));
        await RunTwiceAtOnceAsync<InvoiceReminderJob>();
        Assert.Equal(1, await RemindersAsync(invoice.Id));
        App.Clock.Advance(TimeSpan.FromDays(1));
        await RunTwiceAtOnceAsync<InvoiceReminderJob>();
        await RunTwiceAtOnceAsync<InvoiceReminderJob>();
        Assert.Equal(2, await RemindersAsync(invoice.Id));
        Assert.Equal(0, await RemindersAsync(paid.Id));

        var mail = App.SentMails().Where(m => m.Subject.Contains(number.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)).ToList();
        Assert.Equal(2, mail.Count);
        Assert.All(mail, m => Assert.StartsWith("Påminnelse", m.Subject, StringComparison.Ordinal));
        Assert.All(mail, m => Assert.Contains("application/pdf", m.Raw, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ConfirmDetails_NotConfirmedFor13Months_ContactsAskedOncePerTwelveMonths()
    {
        int memberId;
        List<string> contacts;
        using (var scope = App.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
            var member = await db.Members.SingleAsync(m => m.Name == "Sotenäs");
            member.DetailsConfirmedAt = App.Clock.GetUtcNow().AddMonths(-13);
            await db.SaveChangesAsync();
            memberId = member.Id;
            var today = App.Today();
            contacts = await db.ContactPersons.Where(c => c.MemberId == memberId && (c.EndedOn == null || c.EndedOn > today)).Select(c => c.Email).ToListAsync();
        }

        Assert.NotEmpty(contacts);
        var before = (await QueuedToAsync(contacts)).Count;
        await RunTwiceAtOnceAsync<ContactDetailsReminderJob>();
        await RunTwiceAtOnceAsync<ContactDetailsReminderJob>();
        Assert.Equal(contacts.Order(), (await QueuedToAsync(contacts)).Skip(before).Order());

        App.Clock.Advance(TimeSpan.FromDays(200));
        await RunTwiceAtOnceAsync<ContactDetailsReminderJob>();
        Assert.Equal(contacts.Count, (await QueuedToAsync(contacts)).Count - before);

        App.Clock.Advance(TimeSpan.FromDays(170));
        await RunTwiceAtOnceAsync<ContactDetailsReminderJob>();
        Assert.Equal(2 * contacts.Count, (await QueuedToAsync(contacts)).Count - before);
        Assert.Contains(App.SentMails(), m => m.Subject == "Stämmer uppgifterna om Sotenäs?" && m.FirstLink() == "https://portal.example.org/Organisation");
    }

    [Fact]
    public async Task CleanUp_RemovesOldUnconfirmedRegistrationsAndOldSentMail_KeepsTheRest()
    {
        var now = App.Clock.GetUtcNow().UtcDateTime;
        var (_, emails) = await NewEventAsync(now.AddDays(60), unconfirmedAt: now.AddDays(-4));
        long oldSent, recentSent;
        using (var scope = App.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
            db.OutboxMessages.Add(new OutboxMessage { To = "a@example.se", Subject = "Gammalt", HtmlBody = "x", TextBody = "x", Status = OutboxStatus.Sent, CreatedAtUtc = now.AddDays(-40), SentAtUtc = now.AddDays(-40), NextAttemptAtUtc = now });
            db.OutboxMessages.Add(new OutboxMessage { To = "a@example.se", Subject = "Nytt", HtmlBody = "x", TextBody = "x", Status = OutboxStatus.Sent, CreatedAtUtc = now.AddDays(-2), SentAtUtc = now.AddDays(-2), NextAttemptAtUtc = now });
            await db.SaveChangesAsync();
            (oldSent, recentSent) = (await db.OutboxMessages.Where(m => m.Subject == "Gammalt").MaxAsync(m => m.Id), await db.OutboxMessages.Where(m => m.Subject == "Nytt").MaxAsync(m => m.Id));
        }

        await RunTwiceAtOnceAsync<CleanUpJob>();

        using var check = App.Services.CreateScope();
        var after = check.ServiceProvider.GetRequiredService<EcomunaDbContext>();
        var left = await after.EventRegistrations.Where(r => emails.Contains(r.Email)).Select(r => r.Email).ToListAsync();
        Assert.DoesNotContain(emails[2], left);
        Assert.Contains(emails[0], left);
        Assert.False(await after.OutboxMessages.AnyAsync(m => m.Id == oldSent));
        Assert.True(await after.OutboxMessages.AnyAsync(m => m.Id == recentSent));
    }

    [Fact]
    public async Task CleanUp_RemovesNewsletterSignUpsNeverConfirmed_AfterTheSetDays_KeepsConfirmedAndRecentOnes()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var (old, recent, confirmed) = ($"old-{tag}@example.se", $"recent-{tag}@example.se", $"confirmed-{tag}@example.se");
        await ExecuteAsync(db =>
        {
            var now = App.Clock.GetUtcNow().UtcDateTime;
            foreach (var (email, at, confirmedAt) in new[] { (old, now.AddDays(-1), (DateTime?)null), (recent, now, null), (confirmed, now.AddDays(-1), now.AddDays(-1)) })
            {
                db.NewsletterSubscribers.Add(new Core.Newsletters.NewsletterSubscriber
                {
                    Email = email, ConsentText = "Ja", ConsentGivenAtUtc = at, ConfirmedAtUtc = confirmedAt,
                });
            }
        });

        // Jobs:UnconfirmedSubscriptionDays is 7: a day after signing up, nothing goes yet.
        await RunTwiceAtOnceAsync<CleanUpJob>();
        Assert.Equal([confirmed, old, recent], await SubscribersAsync(tag));

        App.Clock.Advance(TimeSpan.FromDays(6.5));
        await RunTwiceAtOnceAsync<CleanUpJob>();
        Assert.Equal([confirmed, recent], await SubscribersAsync(tag));

        App.Clock.Advance(TimeSpan.FromDays(1));
        await RunTwiceAtOnceAsync<CleanUpJob>();
        Assert.Equal([confirmed], await SubscribersAsync(tag));
    }

    [Fact]
    public async Task CleanUp_RemovesAccountsInvitedButNeverAccepted_AfterTheSetDays_KeepsTheContactAndAcceptedAccounts()
    {
        int contactId, acceptedId;
        using (var scope = App.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
            var member = await db.Members.OrderBy(m => m.Id).FirstAsync();
            var tag = Guid.NewGuid().ToString("N")[..8];
            var never = new ContactPerson { MemberId = member.Id, FirstName = "Aldrig", LastName = "Svarat", Role = ContactRole.OtherStaff, Email = $"never-{tag}@example.se" };
            var accepted = new ContactPerson { MemberId = member.Id, FirstName = "Har", LastName = "Svarat", Role = ContactRole.OtherStaff, Email = $"accepted-{tag}@example.se" };
            db.ContactPersons.AddRange(never, accepted);
            await db.SaveChangesAsync();
            (contactId, acceptedId) = (never.Id, accepted.Id);
            var invitations = scope.ServiceProvider.GetRequiredService<ContactInvitations>();
            var today = DateOnly.FromDateTime(App.Clock.GetUtcNow().UtcDateTime);
            Assert.Equal(InvitationOutcome.Invited, (await invitations.InviteAsync(contactId, today))!.Outcome);
            var invitation = (await invitations.InviteAsync(acceptedId, today))!;
            Assert.True((await invitations.AcceptAsync(invitation.User, invitation.Token!, TestUsers.Password)).Succeeded);
        }

        // Jobs:UnacceptedInvitationDays is 30, counted from the last invitation.
        App.Clock.Advance(TimeSpan.FromDays(29));
        await RunTwiceAtOnceAsync<CleanUpJob>();
        Assert.NotNull(await AccountOfAsync(contactId));

        App.Clock.Advance(TimeSpan.FromDays(2));
        await RunTwiceAtOnceAsync<CleanUpJob>();
        Assert.Null(await AccountOfAsync(contactId));
        Assert.NotNull(await AccountOfAsync(acceptedId));
        using var check = App.Services.CreateScope();
        var after = check.ServiceProvider.GetRequiredService<EcomunaDbContext>();
        Assert.True(await after.ContactPersons.AnyAsync(c => c.Id == contactId && c.EndedOn == null), "The contact record stays, to be invited again.");
    }

    private Task<List<string>> SubscribersAsync(string tag) =>
        QueryAsync(db => db.NewsletterSubscribers.Where(s => s.Email.Contains(tag)).Select(s => s.Email).OrderBy(e => e).ToListAsync());

    private async Task<string?> AccountOfAsync(int contactId)
    {
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
        var userId = await db.ContactPersons.Where(c => c.Id == contactId).Select(c => c.UserId).SingleAsync();
        return userId is null ? null : await db.Users.Where(u => u.Id == userId).Select(u => u.Id).SingleOrDefaultAsync();
    }

    [Fact]
    public async Task Runner_RunsEachDueJobOnceAcrossInstances_RecordsTheResult_AndAFailingJobStopsNoOther()
    {
        // Two instances of the portal, each with only a failing job and the clean-up, on the one database.
        await using var one = WithTestJobs();
        await using var two = WithTestJobs();
        App.Clock.Advance(TimeSpan.FromHours(2));

        var runs = await Task.WhenAll(one.Services.GetRequiredService<ScheduledJobRunner>().RunDueAsync(), two.Services.GetRequiredService<ScheduledJobRunner>().RunDueAsync());
        var ran = runs.SelectMany(r => r).ToList();

        Assert.Equal([CleanUpJob.JobName, FailingJob.JobName], ran.Order());
        Assert.Empty(await one.Services.GetRequiredService<ScheduledJobRunner>().RunDueAsync());

        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
        var jobs = await db.ScheduledJobs.AsNoTracking().ToDictionaryAsync(j => j.Name);
        Assert.Equal((false, "The test job fails."), (jobs[FailingJob.JobName].LastSucceeded, jobs[FailingJob.JobName].LastError));
        Assert.True(jobs[CleanUpJob.JobName].LastSucceeded);
        Assert.Equal(4, jobs[CleanUpJob.JobName].Counts.Length);
        Assert.Equal(App.Clock.GetUtcNow().UtcDateTime.AddHours(1), jobs[CleanUpJob.JobName].NextRunAtUtc, TimeSpan.FromMilliseconds(1));
        Assert.Equal(App.Clock.GetUtcNow().UtcDateTime.AddMinutes(1), jobs[FailingJob.JobName].NextRunAtUtc, TimeSpan.FromMilliseconds(1));

        // A failed job is tried again at the next tick (Outbox:JobTick); the others wait for their interval.
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal([FailingJob.JobName], await two.Services.GetRequiredService<ScheduledJobRunner>().RunDueAsync());

    }

    private WebApplicationFactory<Program> WithTestJobs() => App.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
    {
        services.RemoveAll<IScheduledJob>();
        services.AddScoped<IScheduledJob, FailingJob>();
        services.AddScoped<IScheduledJob, CleanUpJob>();
    }));

    private sealed class FailingJob : IScheduledJob
    {
        public const string JobName = "test-failing";

        public string Name => JobName;

        public TimeSpan Interval => TimeSpan.FromHours(1);

        public Task<JobResult> RunAsync(CancellationToken ct) => throw new InvalidOperationException("The test job fails.");
    }

    /// <summary>Runs the job in two scopes at once, as two instances would.</summary>
    private async Task RunTwiceAtOnceAsync<TJob>()
        where TJob : IScheduledJob
    {
        await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            using var scope = App.Services.CreateScope();
            await scope.ServiceProvider.GetServices<IScheduledJob>().OfType<TJob>().Single().RunAsync(CancellationToken.None);
        }));
    }

    private Task<List<string>> QueuedToAsync(IReadOnlyCollection<string> emails) =>
        QueryAsync(db => db.OutboxMessages.Where(m => emails.Contains(m.To) && m.Kind == EmailKind.Bulk).OrderBy(m => m.Id).Select(m => m.To).ToListAsync());

    private Task<int> RemindersAsync(int invoiceId) =>
        QueryAsync(db => db.InvoiceSends.CountAsync(s => s.InvoiceId == invoiceId && s.Kind == InvoiceSendKind.Reminder));

    /// <summary>An event with Anna and Bo holding seats, Cilla not yet confirmed and Dan on the waiting list; emails made unique per event.</summary>
    private async Task<(string Title, List<string> Emails)> NewEventAsync(DateTime startsAtUtc, DateTime? unconfirmedAt = null)
    {
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
        var calendarEvent = Build.Event("Påminnelsewebbinarium " + Guid.NewGuid().ToString("N")[..6], startsAtUtc, hours: 2, description: "", place: "Kungshamn");
        db.Events.Add(calendarEvent);
        await db.SaveChangesAsync();
        var now = App.Clock.GetUtcNow().UtcDateTime;
        var emails = new List<string>();
        foreach (var (name, status) in new[] { ("Anna", RegistrationStatus.Confirmed), ("Bo", RegistrationStatus.Confirmed), ("Cilla", RegistrationStatus.Unconfirmed), ("Dan", RegistrationStatus.Waiting) })
        {
            db.EventRegistrations.Add(Build.Registration(
                calendarEvent.Id, name, "Test", $"{name.ToLowerInvariant()}.{calendarEvent.Id}@example.se", status,
                status == RegistrationStatus.Unconfirmed && unconfirmedAt is { } at ? at : now));
            emails.Add($"{name.ToLowerInvariant()}.{calendarEvent.Id}@example.se");
        }

        await db.SaveChangesAsync();
        return (calendarEvent.Title, emails);
    }
}

public sealed class ScheduledJobTestsOnSqlite(SqliteApp fixture) : ScheduledJobTests<SqliteApp>(fixture);

public sealed class ScheduledJobTestsOnPostgres(PostgresApp fixture) : ScheduledJobTests<PostgresApp>(fixture);
