using System.Net;
using Ecomuna.Core.Events;
using Ecomuna.Core.Members;
using Ecomuna.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Ecomuna.IntegrationTests.Events;

/// <summary>The event pages where the database matters: times converted to UTC and back, and the participants' CSV.</summary>
public abstract class AdminEventTimeAndCsvTests<TApp>(TApp fixture) : AppTests<TApp>(fixture)
    where TApp : AppFixture
{
    [Theory]
    [InlineData("2031-06-10T09:00", "2031-06-10T12:30", 7, 10)]
    [InlineData("2031-01-15T09:00", "2031-01-15T12:30", 8, 11)]
    public async Task Create_WithStockholmLocalTimes_StoresUtcAndShowsTheSameTimesAgain(string starts, string ends, int startUtcHour, int endUtcHour)
    {
        using var client = await AdminAsync();
        var page = await client.GetPageAsync("/Admin/Events/Edit");
        Assert.Equal("Europe/Stockholm", page.QuerySelector("#Input_TimeZone")!.GetAttribute("value"));
        var title = $"Webbinarium {starts}";

        using var response = await client.SubmitAsync(page, "#event-form", new Dictionary<string, string>
        {
            ["Input.Kind"] = nameof(EventKind.Webinar),
            ["Input.Title"] = title,
            ["Input.StartsAt"] = starts,
            ["Input.EndsAt"] = ends,
            ["Input.RegistrationDeadline"] = starts,
            ["Input.MemberPrice"] = "1 800",
            ["Input.NetworkMemberPrice"] = "1200,50",
            ["Input.VatPercent"] = "25",
            ["Input.OnlineLink"] = "https://meet.example.org/test",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await QueryAsync(db => db.Events.SingleAsync(e => e.Title == title));
        var day = DateTime.Parse(starts, System.Globalization.CultureInfo.InvariantCulture).Date;
        Assert.Equal(DateTime.SpecifyKind(day.AddHours(startUtcHour), DateTimeKind.Utc), stored.StartsAtUtc);
        Assert.Equal(DateTime.SpecifyKind(day.AddHours(endUtcHour).AddMinutes(30), DateTimeKind.Utc), stored.EndsAtUtc);
        Assert.Equal(stored.StartsAtUtc, stored.RegistrationDeadlineUtc);
        Assert.Equal((1800m, 1200.50m, 0m, 0.25m), (stored.MemberPrice, stored.NetworkMemberPrice, stored.NonMemberPrice, stored.VatRate));
        Assert.EndsWith("@ecomuna", stored.CalendarUid, StringComparison.Ordinal);

        var edit = await client.GetPageAsync($"/Admin/Events/Edit/{stored.Id}");
        Assert.Equal(starts, edit.QuerySelector("#Input_StartsAt")!.GetAttribute("value"));
        Assert.Equal(ends, edit.QuerySelector("#Input_EndsAt")!.GetAttribute("value"));
        Assert.Equal("25", edit.QuerySelector("#Input_VatPercent")!.GetAttribute("value"));
        Assert.Equal("1200,5", edit.QuerySelector("#Input_NetworkMemberPrice")!.GetAttribute("value"));

        // Saving the form untouched keeps every value.
        using var again = await client.SubmitAsync(edit, "#event-form", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var kept = await QueryAsync(db => db.Events.SingleAsync(e => e.Id == stored.Id));
        Assert.Equal((stored.StartsAtUtc, stored.EndsAtUtc, stored.RegistrationDeadlineUtc, stored.MemberPrice, stored.VatRate, stored.OnlineLink, stored.CalendarUid),
            (kept.StartsAtUtc, kept.EndsAtUtc, kept.RegistrationDeadlineUtc, kept.MemberPrice, kept.VatRate, kept.OnlineLink, kept.CalendarUid));
    }

    [Fact]
    public async Task ParticipantsCsv_ListsEveryoneByStatusWithSwedishHeaders()
    {
        var eventId = await App.AddEventAsync("CSV-träffen");
        await App.RegisterAsync(eventId, "Väntande", "vantande@example.org", RegistrationStatus.Waiting);
        await App.RegisterAsync(eventId, "=Formel", "anmald@example.org", RegistrationStatus.Confirmed, dietaryNeeds: "Vegetarisk, glutenfri");
        using var client = await AdminAsync();

        using var response = await client.GetAsync($"/Admin/Events/Participants/{eventId}?handler=Csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal("Status,Förnamn,Efternamn,E-postadress,Organisation,Priskategori,Avgift,Specialkost,Tillgänglighetsbehov,Anmäld,Incheckad,Faktura", lines[0]);
        Assert.Equal(3, lines.Count);
        Assert.StartsWith("Anmäld,\"'=Formel\",Testsson,anmald@example.org,Gästföreningen,ej medlem,3200.50,\"Vegetarisk, glutenfri\",,2031-01-10 12:00,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("Väntelista,Väntande,", lines[2], StringComparison.Ordinal);
    }
}

public sealed class AdminEventTimeAndCsvTestsOnSqlite(SqliteApp fixture) : AdminEventTimeAndCsvTests<SqliteApp>(fixture);

public sealed class AdminEventTimeAndCsvTestsOnPostgres(PostgresApp fixture) : AdminEventTimeAndCsvTests<PostgresApp>(fixture);

public sealed class AdminEventTests(SqliteApp fixture) : AppTests<SqliteApp>(fixture)
{
    [Fact]
    public async Task StartPage_LinksToTheEvents()
    {
        using var client = await AdminAsync();
        var start = await client.GetPageAsync("/Admin");
        Assert.Equal("/Admin/Events", start.QuerySelector("#admin-events")!.GetAttribute("href"));

        var list = await client.GetPageAsync("/Admin/Events");
        var conference = list.QuerySelector("#events tr[data-event-id='1']")!;
        Assert.Equal("0 av 150", conference.QuerySelector(".confirmed")!.TextContent.Trim());
    }

    [Fact]
    public async Task Create_WithWrongValues_ExplainsInPlainWordsAndKeepsWhatWasTyped()
    {
        using var client = await AdminAsync();
        var page = await client.GetPageAsync("/Admin/Events/Edit");
        var before = await QueryAsync(db => db.Events.CountAsync());

        using var response = await client.SubmitAsync(page, "#event-form", new Dictionary<string, string>
        {
            ["Input.Title"] = "",
            ["Input.StartsAt"] = "2031-03-10T15:00",
            ["Input.EndsAt"] = "2031-03-10T09:00",
            ["Input.MemberPrice"] = "mycket",
            ["Input.NonMemberPrice"] = "-5",
            ["Input.OnlineLink"] = "http://meet.example.org/osakert",
            ["Input.Capacity"] = "0",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var again = await Browsing.ParseAsync(response);
        Assert.Equal("Titel måste fyllas i.", again.QuerySelector("#title-error")!.TextContent);
        Assert.Contains("mycket", again.QuerySelector("#member-price-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("mellan 0 och 1000000", again.QuerySelector("#non-member-price-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("https://", again.QuerySelector("#link-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("helt tal", again.QuerySelector("#capacity-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("mycket", again.QuerySelector("#Input_MemberPrice")!.GetAttribute("value"));
        Assert.Equal("http://meet.example.org/osakert", again.QuerySelector("#Input_OnlineLink")!.GetAttribute("value"));
        Assert.Equal("2031-03-10T15:00", again.QuerySelector("#Input_StartsAt")!.GetAttribute("value"));
        Assert.Equal(before, await QueryAsync(db => db.Events.CountAsync()));

        using var wrongTimes = await client.SubmitAsync(page, "#event-form", new Dictionary<string, string>
        {
            ["Input.Title"] = "Baklänges",
            ["Input.StartsAt"] = "2031-03-10T15:00",
            ["Input.EndsAt"] = "2031-03-10T09:00",
        });
        var timesPage = await Browsing.ParseAsync(wrongTimes);
        Assert.Equal("Slutet måste vara efter starten.", timesPage.QuerySelector("#ends-error")!.TextContent);
        Assert.Equal(before, await QueryAsync(db => db.Events.CountAsync()));
    }

    [Fact]
    public async Task Edit_CapacityBelowTheConfirmed_IsRefused()
    {
        var eventId = await App.AddEventAsync("Fullt seminarium", capacity: 10);
        for (var i = 0; i < 3; i++)
        {
            await App.RegisterAsync(eventId, $"Deltagare{i}", $"deltagare{i}@example.org", RegistrationStatus.Confirmed);
        }

        using var client = await AdminAsync();
        var page = await client.GetPageAsync($"/Admin/Events/Edit/{eventId}");

        using var tooFew = await client.SubmitAsync(page, "#event-form", new Dictionary<string, string> { ["Input.Capacity"] = "2" });
        Assert.Equal(HttpStatusCode.OK, tooFew.StatusCode);
        var again = await Browsing.ParseAsync(tooFew);
        Assert.Equal("Antalet platser kan inte vara färre än de 3 som redan fått plats.", again.QuerySelector("#capacity-error")!.TextContent);
        Assert.Equal(10, await QueryAsync(db => db.Events.Where(e => e.Id == eventId).Select(e => e.Capacity).SingleAsync()));

        using var enough = await client.SubmitAsync(page, "#event-form", new Dictionary<string, string> { ["Input.Capacity"] = "3" });
        Assert.Equal(HttpStatusCode.Redirect, enough.StatusCode);
        var stored = await QueryAsync(db => db.Events.SingleAsync(e => e.Id == eventId));
        Assert.Equal((3, 3), (stored.Capacity, stored.ConfirmedCount));
    }

    [Fact]
    public async Task Copy_MakesTheSameEventAYearLaterWithoutRegistrations()
    {
        var eventId = await App.AddEventAsync("Nätverksträff i juni", capacity: 40);
        await App.RegisterAsync(eventId, "Kopierad", "kopierad@example.org", RegistrationStatus.Confirmed);
        using var client = await AdminAsync();
        var page = await client.GetPageAsync($"/Admin/Events/Edit/{eventId}");

        using var response = await client.SubmitAsync(page, "#copy-form", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var original = await QueryAsync(db => db.Events.SingleAsync(e => e.Id == eventId));
        var copy = await QueryAsync(db => db.Events.SingleAsync(e => e.Title == "Kopia av Nätverksträff i juni"));
        Assert.Equal($"/Admin/Events/Edit/{copy.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal(original.StartsAtUtc.AddYears(1), copy.StartsAtUtc);
        Assert.Equal((original.Capacity, original.MemberPrice, original.NonMemberPrice, original.Place, original.Description, 0),
            (copy.Capacity, copy.MemberPrice, copy.NonMemberPrice, copy.Place, copy.Description, copy.ConfirmedCount));
        Assert.NotEqual(original.CalendarUid, copy.CalendarUid);
        Assert.False(await QueryAsync(db => db.EventRegistrations.AnyAsync(r => r.EventId == copy.Id)));
    }

    [Fact]
    public async Task Cancel_AfterConfirming_RecordsTheTimeAndMailsEveryoneStillRegistered()
    {
        var eventId = await App.AddEventAsync("Studiebesök som ställs in");
        await App.RegisterAsync(eventId, "Anna", "anna.installt@example.org", RegistrationStatus.Confirmed);
        await App.RegisterAsync(eventId, "Bo", "bo.installt@example.org", RegistrationStatus.Waiting);
        await App.RegisterAsync(eventId, "Cilla", "cilla.installt@example.org", RegistrationStatus.Unconfirmed);
        await App.RegisterAsync(eventId, "Dan", "dan.installt@example.org", RegistrationStatus.Cancelled);
        using var client = await AdminAsync();
        var page = await client.GetPageAsync($"/Admin/Events/Cancel/{eventId}");
        Assert.Contains(" 3 ", page.QuerySelector("#cancel-explained")!.TextContent, StringComparison.Ordinal);
        Assert.Null(await QueryAsync(db => db.Events.Where(e => e.Id == eventId).Select(e => e.CancelledAtUtc).SingleAsync()));

        using var response = await client.SubmitAsync(page, "#cancel-form", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cancelledAt = await QueryAsync(db => db.Events.Where(e => e.Id == eventId).Select(e => e.CancelledAtUtc).SingleAsync());
        Assert.Equal(App.Clock.GetUtcNow().UtcDateTime, cancelledAt);
        var mails = App.SentMails().Where(m => m.To.Contains(".installt@", StringComparison.Ordinal)).ToList();
        Assert.Equal(["anna.installt@example.org", "bo.installt@example.org", "cilla.installt@example.org"], mails.Select(m => m.To.Trim('<', '>')).Order().ToList());
        Assert.All(mails, m => Assert.Equal("Inställt: Studiebesök som ställs in", m.Subject));
        Assert.Contains("10 juni 2031 09:00", mails[0].Text, StringComparison.Ordinal);

        // Cancelling twice mails nobody again.
        var second = await client.GetPageAsync($"/Admin/Events/Cancel/{eventId}");
        Assert.NotNull(second.QuerySelector("#already-cancelled"));
        Assert.Null(second.QuerySelector("#cancel-form"));
    }

    [Fact]
    public async Task CheckIn_TogglesForAConfirmedParticipant()
    {
        var eventId = await App.AddEventAsync("Incheckningsdagen");
        var registrationId = await App.RegisterAsync(eventId, "Incheckad", "incheckad@example.org", RegistrationStatus.Confirmed, dietaryNeeds: "Vegansk");
        await App.RegisterAsync(eventId, "Köande", "koande@example.org", RegistrationStatus.Waiting);
        using var client = await AdminAsync();
        var page = await client.GetPageAsync($"/Admin/Events/Participants/{eventId}");
        Assert.Contains("Vegansk", page.QuerySelector($"#registration-{registrationId}")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#status-waiting form"));

        using var checkIn = await client.SubmitAsync(page, $"#registration-{registrationId} form", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, checkIn.StatusCode);
        Assert.Equal(App.Clock.GetUtcNow().UtcDateTime, await CheckedInAtAsync(registrationId));

        var after = await client.GetPageAsync($"/Admin/Events/Participants/{eventId}");
        Assert.NotNull(after.QuerySelector($"#registration-{registrationId} .checked-in"));
        using var undo = await client.SubmitAsync(after, $"#registration-{registrationId} form", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, undo.StatusCode);
        Assert.Null(await CheckedInAtAsync(registrationId));
    }

    [Fact]
    public async Task AnnualMeeting_CheckedInDelegates_ShowInTheParticipantsAndTheVotingRegister()
    {
        var eventId = await App.AddEventAsync("Årsmöte 2031", annualMeeting: true);
        var (memberId, politician, civilServant) = await QueryAsync(async db =>
        {
            var member = await db.Members.Include(m => m.Contacts).SingleAsync(m => m.Name == "Sotenäs");
            return (member.Id, member.Contacts.Single(c => c.IsDelegate && c.Role == ContactRole.Politician),
                member.Contacts.Single(c => c.IsDelegate && c.Role == ContactRole.CivilServant));
        });
        await App.RegisterAsync(eventId, politician.FirstName, politician.Email, RegistrationStatus.Confirmed, memberId: memberId,
            contactPersonId: politician.Id, checkedIn: true);
        await App.RegisterAsync(eventId, civilServant.FirstName, civilServant.Email.ToUpperInvariant(), RegistrationStatus.Confirmed, memberId: memberId);
        using var client = await AdminAsync();

        var participants = await client.GetPageAsync($"/Admin/Events/Participants/{eventId}");
        var attending = participants.QuerySelectorAll("#attendance tbody tr").Single();
        Assert.Equal("Sotenäs", attending.QuerySelector("th")!.TextContent);
        Assert.Contains("Incheckad", attending.QuerySelectorAll("td")[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("Anmäld, inte incheckad", attending.QuerySelectorAll("td")[2].TextContent, StringComparison.Ordinal);

        var plain = await client.GetPageAsync("/Admin/Governance/VotingRegister");
        Assert.Empty(plain.QuerySelectorAll(".presence"));
        Assert.NotNull(plain.QuerySelector($"#eventId option[value='{eventId}']"));

        var register = await client.GetPageAsync($"/Admin/Governance/VotingRegister?eventId={eventId}");
        var row = register.QuerySelectorAll("tbody tr").Single(tr => tr.QuerySelector("th")!.TextContent == "Sotenäs");
        Assert.Equal("Incheckad", row.QuerySelectorAll("td")[0].QuerySelector(".presence")!.TextContent);
        Assert.Equal("Anmäld, inte incheckad", row.QuerySelectorAll("td")[1].QuerySelector(".presence")!.TextContent);
        var other = register.QuerySelectorAll("tbody tr").First(tr => tr.QuerySelector("th")!.TextContent != "Sotenäs");
        Assert.Equal("Inte anmäld", other.QuerySelector(".presence")!.TextContent);
        Assert.Contains("1 av", register.QuerySelector("#meeting-summary")!.TextContent, StringComparison.Ordinal);

        using var csv = await client.GetAsync($"/Admin/Governance/VotingRegister?handler=Csv&eventId={eventId}");
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split('\n');
        Assert.EndsWith(",Närvaro", lines[0].TrimEnd('\r'), StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("Sotenäs,", StringComparison.Ordinal) && l.TrimEnd('\r').EndsWith(",Incheckad", StringComparison.Ordinal));
    }

    private Task<DateTime?> CheckedInAtAsync(int registrationId) =>
        App.QueryAsync(db => db.EventRegistrations.Where(r => r.Id == registrationId).Select(r => r.CheckedInAtUtc).SingleAsync());
}
