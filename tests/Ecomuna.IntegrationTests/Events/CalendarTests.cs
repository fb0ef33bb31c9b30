using System.Net;
using Ecomuna.Core.Data;
using Ecomuna.Core.Demo;
using Ecomuna.Core.Events;
using Ecomuna.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Ecomuna.IntegrationTests.Events;

/// <summary>The public calendar feed and the calendar file of one event.</summary>
public abstract class CalendarTests<TApp>(TApp fixture) : AppTests<TApp>(fixture)
    where TApp : AppFixture
{
    private const string ConferenceUid = "demo-annual-conference@ecomuna";
    private const string IndicatorsWebinarUid = "demo-webinar-indicators@ecomuna";
    private const string AutumnCongressUid = "demo-autumn-congress@ecomuna";
    private const string BoardMeetingUid = "demo-board-meeting@ecomuna";
    private const string ProcurementWebinarUid = "demo-webinar-procurement@ecomuna";

    private static async Task<string> GetCalendarAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        return ICalendar.Unfold(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The lines of the VEVENT with the UID.</summary>
    private static List<string> EventLines(string calendar, string uid) =>
        [.. calendar.Split("BEGIN:VEVENT\r\n").Single(e => e.Contains($"UID:{uid}\r\n", StringComparison.Ordinal)).Split("\r\n")];

    private async Task<int> AddPublicEventAsync(string uid, DateTime startsAtUtc, DateTime? cancelledAtUtc = null)
    {
        var calendarEvent = Build.Event("Webbinarium för kalendertest", startsAtUtc, cancelledAtUtc: cancelledAtUtc, calendarUid: uid);
        return (await App.AddAsync(calendarEvent)).Id;
    }

    [Fact]
    public async Task Feed_Anonymous_ListsThePublicEventsOnlyWithoutOnlineLinks()
    {
        using var client = AnonymousClient();

        var calendar = await GetCalendarAsync(client, "/Events/Calendar.ics");

        Assert.StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", calendar, StringComparison.Ordinal);
        Assert.Contains("X-WR-CALNAME:Sveriges Ekokommuner – kalender / calendar\r\n", calendar, StringComparison.Ordinal);
        Assert.Contains($"UID:{ConferenceUid}\r\n", calendar, StringComparison.Ordinal);
        Assert.Contains($"UID:{IndicatorsWebinarUid}\r\n", calendar, StringComparison.Ordinal);
        Assert.Contains($"UID:{ProcurementWebinarUid}\r\n", calendar, StringComparison.Ordinal);
        Assert.DoesNotContain(AutumnCongressUid, calendar, StringComparison.Ordinal);
        Assert.DoesNotContain(BoardMeetingUid, calendar, StringComparison.Ordinal);
        Assert.DoesNotContain("meet.example.org", calendar, StringComparison.Ordinal);
        Assert.Contains("URL:https://localhost/Events/Details/1", EventLines(calendar, ConferenceUid));
    }

    [Fact]
    public async Task Feed_CancelledPublicEvent_IsThereAsCancelled()
    {
        var now = App.Clock.GetUtcNow().UtcDateTime;
        await AddPublicEventAsync("calendar-test-cancelled@ecomuna", now.AddDays(5), cancelledAtUtc: now);
        using var client = AnonymousClient();

        var calendar = await GetCalendarAsync(client, "/Events/Calendar.ics");

        var lines = EventLines(calendar, "calendar-test-cancelled@ecomuna");
        Assert.Contains("STATUS:CANCELLED", lines);
        Assert.Contains("SEQUENCE:1", lines);
        Assert.Contains("STATUS:CONFIRMED", EventLines(calendar, ConferenceUid));
    }

    [Fact]
    public async Task Feed_EventThatEndedMoreThan90DaysAgo_IsLeftOut()
    {
        var now = App.Clock.GetUtcNow().UtcDateTime;
        await AddPublicEventAsync("calendar-test-old@ecomuna", now.AddDays(-100));
        await AddPublicEventAsync("calendar-test-recent@ecomuna", now.AddDays(-80));
        using var client = AnonymousClient();

        var calendar = await GetCalendarAsync(client, "/Events/Calendar.ics");

        Assert.DoesNotContain("calendar-test-old@ecomuna", calendar, StringComparison.Ordinal);
        Assert.Contains("UID:calendar-test-recent@ecomuna\r\n", calendar, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ics_PublicEventAnonymously_IsADownloadOfThatEventWithoutTheOnlineLink()
    {
        using var client = AnonymousClient();
        using var response = await client.GetAsync("/Events/Ics/2");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("event-2.ics", response.Content.Headers.ContentDisposition.FileName);
        var calendar = ICalendar.Unfold(await response.Content.ReadAsStringAsync());
        Assert.Contains($"UID:{IndicatorsWebinarUid}\r\n", calendar, StringComparison.Ordinal);
        Assert.Contains("URL:https://localhost/Events/Details/2\r\n", calendar, StringComparison.Ordinal);
        Assert.Single(calendar.Split("\r\n"), l => l == "BEGIN:VEVENT");
        Assert.DoesNotContain("meet.example.org", calendar, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ics_ForSomeoneRegistered_HasTheOnlineLink()
    {
        await ExecuteAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == DemoDataSeeder.NetworkMemberEmail);
            db.EventRegistrations.Add(new EventRegistration
            {
                EventId = 2,
                Status = RegistrationStatus.Confirmed,
                FirstName = "Demo",
                LastName = "Nätverksvän",
                Email = DemoDataSeeder.NetworkMemberEmail,
                UserId = user.Id,
                PriceCategory = PriceCategory.NetworkMember,
                RegisteredAtUtc = App.Clock.GetUtcNow().UtcDateTime,
                ConfirmedAtUtc = App.Clock.GetUtcNow().UtcDateTime,
                AccessToken = Guid.NewGuid().ToString("N"),
            });
        });

        using var registered = await NetworkMemberAsync();
        using var other = await ContactPersonAsync(DemoMembers.Sodertalje);

        var withLink = await GetCalendarAsync(registered, "/Events/Ics/2");
        var withoutLink = await GetCalendarAsync(other, "/Events/Ics/2");

        Assert.Contains("LOCATION:https://meet.example.org/ekokommuner-nyckeltal", EventLines(withLink, IndicatorsWebinarUid));
        Assert.DoesNotContain("meet.example.org", withoutLink, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ics_UnknownEvent_IsNotFound()
    {
        using var client = AnonymousClient();
        using var response = await client.GetAsync("/Events/Ics/9999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

public sealed class CalendarTestsOnSqlite(SqliteApp fixture) : CalendarTests<SqliteApp>(fixture);

public sealed class CalendarTestsOnPostgres(PostgresApp fixture) : CalendarTests<PostgresApp>(fixture);
