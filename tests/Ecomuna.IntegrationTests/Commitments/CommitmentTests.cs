using System.Net;
using System.Text;
using Ecomuna.Core.Data;
using Ecomuna.Core.Events;
using Ecomuna.Core.KeyIndicators;
using Ecomuna.Core.Members;
using Ecomuna.Core.Surveys;
using Ecomuna.IntegrationTests.Infrastructure;
using Ecomuna.IntegrationTests.Examples;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ecomuna.IntegrationTests.Commitments;

/// <summary>The five yearly commitments as the secretariat and a member see them, worked out from what the portal records.</summary>
public abstract class CommitmentTests<TApp>(TApp fixture) : AppTests<TApp>(fixture)
    where TApp : AppFixture
{
    private int Year => App.Clock.GetLocalNow().Year;

    [Fact]
    public async Task Scorecard_MetCommitmentsTurnGreenAsTheMemberDoesEachThing()
    {
        var (memberId, name) = await AddMemberAsync();
        using var admin = await AdminAsync();

        var before = await admin.GetPageAsync($"/Admin/Commitments?q={Uri.EscapeDataString(name)}");
        var row = before.QuerySelector($"#scorecards tr[data-member-id='{memberId}']")!;
        Assert.All(row.QuerySelectorAll("td[data-commitment]"), cell => Assert.Equal("false", cell.GetAttribute("data-met")));
        Assert.Equal("0 / 5", row.QuerySelector("td:last-child")!.TextContent.Trim());

        await DoEverythingAsync(memberId);

        var after = await admin.GetPageAsync($"/Admin/Commitments?q={Uri.EscapeDataString(name)}");
        row = after.QuerySelector($"#scorecards tr[data-member-id='{memberId}']")!;
        Assert.All(row.QuerySelectorAll("td[data-commitment]"), cell => Assert.Equal("true", cell.GetAttribute("data-met")));
        Assert.Equal("5 / 5", row.QuerySelector("td:last-child")!.TextContent.Trim());
    }

    [Fact]
    public async Task Scorecard_ThingsOfOtherYearsOrUnfinished_DoNotCount()
    {
        var (memberId, name) = await AddMemberAsync();
        using (var scope = App.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
            var meeting = AnnualMeeting(new DateTime(Year - 1, 5, 20, 8, 0, 0, DateTimeKind.Utc));
            db.Events.Add(meeting);
            await db.SaveChangesAsync();
            // Checked in last year; registered but not checked in this year.
            db.EventRegistrations.Add(Registration(meeting.Id, memberId, checkedIn: true));
            var thisYear = AnnualMeeting(new DateTime(Year, 5, 20, 8, 0, 0, DateTimeKind.Utc));
            db.Events.Add(thisYear);
            await db.SaveChangesAsync();
            db.EventRegistrations.Add(Registration(thisYear.Id, memberId, checkedIn: false));
            db.IndicatorReports.Add(new IndicatorReport { MemberId = memberId, Year = Year - 1, Status = ReportStatus.Draft, UpdatedBy = "Test" });
            var survey = await db.Surveys.SingleAsync(s => s.MembershipYear == Year);
            db.SurveyResponses.Add(new SurveyResponse { SurveyId = survey.Id, MemberId = memberId, UpdatedBy = "Test", UpdatedAtUtc = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        await App.AddExamplesAsync(memberId, 1, "Förra årets exempel", Year - 1, [await App.ThemeIdAsync("Energy")], [7], new DateTime(Year - 1, 6, 1, 10, 0, 0, DateTimeKind.Utc));

        using var admin = await AdminAsync();
        var page = await admin.GetPageAsync($"/Admin/Commitments?q={Uri.EscapeDataString(name)}");
        var row = page.QuerySelector($"#scorecards tr[data-member-id='{memberId}']")!;
        Assert.All(row.QuerySelectorAll("td[data-commitment]"), cell => Assert.Equal("false", cell.GetAttribute("data-met")));

        var lastYear = await admin.GetPageAsync($"/Admin/Commitments?year={Year - 1}&q={Uri.EscapeDataString(name)}");
        var lastYearRow = lastYear.QuerySelector($"#scorecards tr[data-member-id='{memberId}']")!;
        Assert.Equal("true", lastYearRow.QuerySelector("td[data-commitment='AnnualMeeting']")!.GetAttribute("data-met"));
        Assert.Equal("true", lastYearRow.QuerySelector("td[data-commitment='GoodExample']")!.GetAttribute("data-met"));
    }

    [Fact]
    public async Task MissingFilter_ListsOnlyMembersWhoMissIt_AndTheCsvHasTheSameMembers()
    {
        var (doneId, doneName) = await AddMemberAsync();
        await DoEverythingAsync(doneId);
        var (missingId, missingName) = await AddMemberAsync();
        using var admin = await AdminAsync();

        var page = await admin.GetPageAsync("/Admin/Commitments?missing=GoodExample");
        var count = int.Parse(new string(page.QuerySelector("#match-count")!.TextContent.TakeWhile(char.IsDigit).ToArray()), System.Globalization.CultureInfo.InvariantCulture);
        Assert.All(page.QuerySelectorAll("#scorecards td[data-commitment='GoodExample']"), cell => Assert.Equal("false", cell.GetAttribute("data-met")));

        var csvLink = page.QuerySelector("#csv-export")!.GetAttribute("href")!;
        using var csv = await admin.GetAsync(csvLink);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var lines = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(count + 1, lines.Length);
        Assert.StartsWith("År,Medlem", lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.Contains(doneName, StringComparison.Ordinal));

        var doneMissingAny = await admin.GetPageAsync($"/Admin/Commitments?missing=any&q={Uri.EscapeDataString(doneName)}");
        Assert.Null(doneMissingAny.QuerySelector($"#scorecards tr[data-member-id='{doneId}']"));
        var missingAny = await admin.GetPageAsync($"/Admin/Commitments?missing=any&q={Uri.EscapeDataString(missingName)}");
        Assert.NotNull(missingAny.QuerySelector($"#scorecards tr[data-member-id='{missingId}']"));
    }

    [Fact]
    public async Task ContactPerson_SeesTheirOwnScorecardWithWhatIsLeftToDo()
    {
        using var contact = await ContactPersonAsync(DemoMembers.Sodertalje);

        var page = await contact.GetPageAsync("/Organisation");

        var items = page.QuerySelectorAll("#commitments li[data-commitment]");
        Assert.Equal(5, items.Length);
        // Södertälje has not answered this year's membership survey in the demo data; it has contact persons.
        var survey = page.QuerySelector("#commitments li[data-commitment='MemberSurvey']")!;
        Assert.Equal("false", survey.GetAttribute("data-met"));
        Assert.Equal("/Organisation/Surveys", survey.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("true", page.QuerySelector("#commitments li[data-commitment='NewsletterRecipient']")!.GetAttribute("data-met"));
    }

    private async Task<(int Id, string Name)> AddMemberAsync()
    {
        var member = await App.AddAsync(Build.Member("Provkommun " + Guid.NewGuid().ToString("N")[..8], partOfCountry: PartOfCountry.Svealand, memberSince: new DateOnly(2010, 1, 1)));
        return (member.Id, member.Name);
    }

    /// <summary>A participant checked in at this year's annual meeting, last year's indicators submitted, an example published this
    /// year, this year's membership survey submitted and a contact person with an email address.</summary>
    private async Task DoEverythingAsync(int memberId)
    {
        using (var scope = App.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
            var meeting = AnnualMeeting(new DateTime(Year, 5, 21, 7, 0, 0, DateTimeKind.Utc));
            db.Events.Add(meeting);
            db.ContactPersons.Add(new ContactPerson { MemberId = memberId, FirstName = "Nora", LastName = "Nyhetsbrev", Role = ContactRole.CivilServant, Email = $"nora.{memberId}@example.se" });
            await db.SaveChangesAsync();
            db.EventRegistrations.Add(Registration(meeting.Id, memberId, checkedIn: true));
            db.IndicatorReports.Add(new IndicatorReport
            {
                MemberId = memberId, Year = Year - 1, Status = ReportStatus.Submitted, UpdatedBy = "Test", UpdatedAtUtc = DateTime.UtcNow, SubmittedAtUtc = DateTime.UtcNow,
            });
            var survey = await db.Surveys.SingleAsync(s => s.MembershipYear == Year);
            db.SurveyResponses.Add(new SurveyResponse { SurveyId = survey.Id, MemberId = memberId, UpdatedBy = "Test", UpdatedAtUtc = DateTime.UtcNow, SubmittedAtUtc = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        await App.AddExamplesAsync(memberId, 1, "Årets exempel", Year, [await App.ThemeIdAsync("Energy")], [7], App.Clock.GetUtcNow().UtcDateTime.AddMinutes(-5));
    }

    private static CalendarEvent AnnualMeeting(DateTime startsAtUtc) =>
        Build.Event("Årsmöte " + startsAtUtc.Year, startsAtUtc, hours: 6, kind: EventKind.AnnualConference, description: "Årsmöte.", annualMeeting: true);

    private static EventRegistration Registration(int eventId, int memberId, bool checkedIn) => Build.Registration(
        eventId, "Pia", "Politiker", $"pia.{eventId}.{memberId}@example.se", RegistrationStatus.Confirmed, DateTime.UtcNow.AddDays(-30),
        memberId: memberId, checkedInAtUtc: checkedIn ? DateTime.UtcNow.AddDays(-1) : null);
}

public sealed class CommitmentTestsOnSqlite(SqliteApp fixture) : CommitmentTests<SqliteApp>(fixture);

public sealed class CommitmentTestsOnPostgres(PostgresApp fixture) : CommitmentTests<PostgresApp>(fixture);
