using System.Net;
using Ecomuna.Core.Background;
using Ecomuna.Core.Data;
using Ecomuna.Core.Demo;
using Ecomuna.Core.Members;
using Ecomuna.Core.Surveys;
using Ecomuna.IntegrationTests.Infrastructure;
using Ecomuna.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Ecomuna.IntegrationTests.Surveys.SurveySteps;

namespace Ecomuna.IntegrationTests.Surveys;

/// <summary>What happens as days pass: answers lock when a survey closes, and reminders go out step by step.</summary>
public abstract class SurveyClockTests<TApp>(TApp fixture) : AppTests<TApp>(fixture)
    where TApp : AppFixture
{
    [Fact]
    public async Task Answer_AfterTheClose_IsReadOnlyAndCannotBeChanged()
    {
        var survey = await App.CreateSurveyAsync(opens: -5, closes: 1);
        using var client = await ContactPersonAsync(DemoMembers.Sodertalje);
        var page = await client.GetPageAsync($"/Organisation/Surveys/Answer/{survey.Id}");
        using (var draft = await client.PostAnswerAsync(page, "draft", (Q(survey.Text), "Sparat innan stängning")))
        {
            Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
        }

        page = await client.GetPageAsync($"/Organisation/Surveys/Answer/{survey.Id}");
        App.Clock.Advance(TimeSpan.FromDays(2));
        await client.LogInAsync(DemoDataSeeder.ContactSodertaljeEmail, DemoDataSeeder.Password);

        var closed = await client.GetPageAsync($"/Organisation/Surveys/Answer/{survey.Id}");
        Assert.NotNull(closed.QuerySelector("#locked"));
        Assert.Null(closed.QuerySelector("#answer-form"));
        Assert.Equal("Sparat innan stängning", closed.QuerySelector($"#read-only-answers dd[data-question-id='{survey.Text}']")!.TextContent);

        using var late = await client.PostAnswerAsync(page, "submit",
            (Q(survey.Scale), "5"), (Q(survey.Choice), "0"), (Q(survey.Number), "1"), (Q(survey.Text), "För sent"));
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        var response = await App.ResponseAsync(survey.Id, SodertaljeId);
        Assert.Null(response!.SubmittedAtUtc);
        Assert.Equal("Sparat innan stängning", response.Answers.Single().Value);

        var list = await client.GetPageAsync("/Organisation/Surveys");
        Assert.Contains("utkastet skickades aldrig in", list.QuerySelector($"li[data-survey-id='{survey.Id}'] .survey-state")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reminders_GoStepByStep_CivilServantFirst_ThenPoliticiansToo_NeverAfterSubmitOrClose()
    {
        const string title = "Påminnelseenkät";
        int sotenasId;
        TestSurvey survey;
        using (var scope = App.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
            // Only this test's survey reminds anyone.
            await db.Surveys.ExecuteUpdateAsync(s => s.SetProperty(x => x.ReminderDays, ""));
            survey = await App.CreateSurveyAsync(opens: -1, closes: 20, reminderDays: "14, 7, 2", title: title);
            sotenasId = await db.Members.Where(m => m.Name == "Sotenäs").Select(m => m.Id).SingleAsync();
            var now = App.Clock.GetUtcNow().UtcDateTime;
            foreach (var memberId in await db.Members.Where(m => m.Id != SodertaljeId && m.Id != sotenasId).Select(m => m.Id).ToListAsync())
            {
                db.SurveyResponses.Add(new SurveyResponse { SurveyId = survey.Id, MemberId = memberId, UpdatedAtUtc = now, UpdatedBy = "Test", SubmittedAtUtc = now });
            }

            await db.SaveChangesAsync();
        }

        var contacts = await ContactsAsync(SodertaljeId, sotenasId);
        string[] civilServants = [contacts[(SodertaljeId, ContactRole.CivilServant)], contacts[(sotenasId, ContactRole.CivilServant)]];
        string[] politicians = [contacts[(SodertaljeId, ContactRole.Politician)], contacts[(sotenasId, ContactRole.Politician)]];

        Assert.Equal(0, await SendDueAsync());

        App.Clock.Advance(TimeSpan.FromDays(6));
        Assert.Equal(2, await SendDueAsync());
        Assert.Equal(civilServants.Order(), Reminded().Order());
        Assert.Equal(0, await SendDueAsync());

        App.Clock.Advance(TimeSpan.FromDays(3));
        Assert.Equal(0, await SendDueAsync());

        App.Clock.Advance(TimeSpan.FromDays(4));
        Assert.Equal(4, await SendDueAsync());
        Assert.Equal(civilServants.Concat(civilServants).Concat(politicians).Order(), Reminded().Order());
        Assert.Equal(0, await SendDueAsync());

        await ExecuteAsync(db =>
        {
            var now = App.Clock.GetUtcNow().UtcDateTime;
            db.SurveyResponses.Add(new SurveyResponse { SurveyId = survey.Id, MemberId = SodertaljeId, UpdatedAtUtc = now, UpdatedBy = "Test", SubmittedAtUtc = now });
        });

        App.Clock.Advance(TimeSpan.FromDays(5));
        Assert.Equal(2, await SendDueAsync());
        var last = App.SentMails().Where(m => m.Subject.Contains(title, StringComparison.Ordinal)).TakeLast(2).Select(m => m.To).ToList();
        Assert.Equal(new[] { contacts[(sotenasId, ContactRole.CivilServant)], contacts[(sotenasId, ContactRole.Politician)] }.Order(), last.Order());

        App.Clock.Advance(TimeSpan.FromDays(3));
        Assert.Equal(0, await SendDueAsync());

        var mail = App.SentMails().First(m => m.Subject.Contains(title, StringComparison.Ordinal));
        Assert.Equal($"Påminnelse: {title}", mail.Subject);
        Assert.Contains($"/Organisation/Surveys/Answer/{survey.Id}", mail.FirstLink(), StringComparison.Ordinal);
    }

    private IEnumerable<string> Reminded() =>
        App.SentMails().Where(m => m.Subject.Contains("Påminnelseenkät", StringComparison.Ordinal)).Select(m => m.To);

    /// <summary>Runs the background service's survey-reminder job once; returns how many reminders it queued.</summary>
    private async Task<int> SendDueAsync()
    {
        using var scope = App.Services.CreateScope();
        var job = scope.ServiceProvider.GetServices<IScheduledJob>().OfType<SurveyReminderJob>().Single();
        return (await job.RunAsync(CancellationToken.None)).Counts[0];
    }

    private async Task<Dictionary<(int, ContactRole), string>> ContactsAsync(params int[] memberIds)
    {
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
        var contacts = await db.ContactPersons.Where(c => memberIds.Contains(c.MemberId) && (c.Role == ContactRole.CivilServant || c.Role == ContactRole.Politician)).ToListAsync();
        return contacts.ToDictionary(c => (c.MemberId, c.Role), c => c.Email);
    }
}

public sealed class SurveyClockTestsOnSqlite(SqliteApp fixture) : SurveyClockTests<SqliteApp>(fixture);

public sealed class SurveyClockTestsOnPostgres(PostgresApp fixture) : SurveyClockTests<PostgresApp>(fixture);
