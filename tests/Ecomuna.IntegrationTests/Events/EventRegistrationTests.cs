using System.Net;
using AngleSharp.Html.Dom;
using Ecomuna.Core.Data;
using Ecomuna.Core.Events;
using Ecomuna.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ecomuna.IntegrationTests.Events;

/// <summary>Registering for events through the pages and the shared registration logic. Each test makes its own event.</summary>
public abstract class EventRegistrationTests<TApp>(TApp fixture) : AppTests<TApp>(fixture)
    where TApp : AppFixture
{
    [Fact]
    public async Task Register_ManyAtOnceForFiveSeats_FiveGetSeatsAndFifteenWait()
    {
        var eventId = await NewEventAsync(capacity: 5);

        await Task.WhenAll(Enumerable.Range(1, 20).Select(async n =>
        {
            using var scope = App.Services.CreateScope();
            var registrations = scope.ServiceProvider.GetRequiredService<EventRegistrations>();
            var outcome = await registrations.RegisterAsync(
                eventId, [new Registrant("Person", $"Nummer {n}", $"person{n}@example.se", null, null, null)], PriceCategory.NonMember, null, confirmByEmail: false);
            Assert.True(outcome.Succeeded, outcome.Refusal.ToString());
        }));

        using var check = App.Services.CreateScope();
        var db = check.ServiceProvider.GetRequiredService<EcomunaDbContext>();
        var statuses = await db.EventRegistrations.Where(r => r.EventId == eventId).Select(r => r.Status).ToListAsync();
        Assert.Equal(5, statuses.Count(s => s == RegistrationStatus.Confirmed));
        Assert.Equal(15, statuses.Count(s => s == RegistrationStatus.Waiting));
        Assert.Equal(5, (await db.Events.SingleAsync(e => e.Id == eventId)).ConfirmedCount);
    }

    [Fact]
    public async Task Register_ContactPersonChoosesThemselfAndAColleague_BothConfirmedAtMemberPriceAndMailed()
    {
        var eventId = await NewEventAsync(capacity: 10);
        using var client = await ContactPersonAsync(DemoMembers.Sodertalje);
        var page = await client.GetPageAsync($"/Events/Details/{eventId}");
        Assert.True(((IHtmlInputElement)page.QuerySelector("input[type=checkbox][name='Colleagues[0].Selected']")!).IsChecked, "The contact person is chosen at first.");
        var colleagueId = int.Parse(((IHtmlInputElement)page.QuerySelector("input[name='Colleagues[1].ContactPersonId']")!).Value, System.Globalization.CultureInfo.InvariantCulture);

        using var response = await client.SubmitAsync(page, "#register-form", new Dictionary<string, string>
        {
            ["Colleagues[1].Selected"] = "true",
            ["Colleagues[1].DietaryNeeds"] = "Vegansk",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Events/Mine", response.Headers.Location?.OriginalString);
        var registered = await RegistrationsAsync(eventId);
        Assert.Equal(2, registered.Count);
        Assert.All(registered, r =>
        {
            Assert.Equal(RegistrationStatus.Confirmed, r.Status);
            Assert.Equal(PriceCategory.Member, r.PriceCategory);
            Assert.Equal(1800m, r.Price);
            Assert.Equal(AccessSodertalje, r.MemberId);
            Assert.NotNull(r.InvoiceId);
        });
        Assert.Single(registered.Select(r => r.InvoiceId).Distinct());
        var colleague = Assert.Single(registered, r => r.ContactPersonId == colleagueId);
        Assert.Equal("Vegansk", colleague.DietaryNeeds);
        Assert.Equal(2, await ConfirmedCountAsync(eventId));
        Assert.Contains(App.SentMails(), m => m.To.Contains(colleague.Email, StringComparison.OrdinalIgnoreCase) && m.Subject.StartsWith("Du är anmäld till", StringComparison.Ordinal));

        var mine = await client.GetPageAsync("/Events/Mine");
        Assert.Equal(2, mine.QuerySelectorAll($"tbody a[href='/Events/Details/{eventId}']").Length);
    }

    [Fact]
    public async Task OnlineLink_IsShownOnlyOnceThePersonHasAConfirmedRegistration()
    {
        var eventId = await NewEventAsync(onlineLink: "https://meet.example.org/hemlig");
        using var anonymous = AnonymousClient();
        Assert.DoesNotContain("meet.example.org/hemlig", (await anonymous.GetPageAsync($"/Events/Details/{eventId}")).Body!.InnerHtml, StringComparison.Ordinal);

        using var client = await ContactPersonAsync(DemoMembers.Sodertalje);
        var before = await client.GetPageAsync($"/Events/Details/{eventId}");
        Assert.Null(before.QuerySelector("#online-link"));
        Assert.DoesNotContain("meet.example.org/hemlig", before.Body!.InnerHtml, StringComparison.Ordinal);

        using (var response = await client.SubmitAsync(before, "#register-form", new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        var after = await client.GetPageAsync($"/Events/Details/{eventId}");
        Assert.Equal("https://meet.example.org/hemlig", after.QuerySelector("#online-link")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Guest_RegistersThenFollowsTheMailedLink_TakesASeatOnlyOnConfirming()
    {
        var eventId = await NewEventAsync(capacity: 3);
        using var guest = AnonymousClient();
        var page = await guest.GetPageAsync($"/Events/Details/{eventId}");

        using (var response = await guest.SubmitAsync(page, "#register-form", Guest("gun.gast@example.se")))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        var registration = Assert.Single(await RegistrationsAsync(eventId));
        Assert.Equal(RegistrationStatus.Unconfirmed, registration.Status);
        Assert.Equal(PriceCategory.NonMember, registration.PriceCategory);
        Assert.Equal(3200m, registration.Price);
        Assert.Equal(0, await ConfirmedCountAsync(eventId));

        var mail = Assert.Single(App.SentMails(), m => m.To.Contains("gun.gast@example.se", StringComparison.Ordinal));
        var link = new Uri(mail.FirstLink());
        Assert.Equal("/Events/Confirm", link.AbsolutePath);
        var confirmed = await guest.GetPageAsync(link.PathAndQuery);

        Assert.Contains("bekräftad och du har en plats", confirmed.QuerySelector("#result")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(RegistrationStatus.Confirmed, Assert.Single(await RegistrationsAsync(eventId)).Status);
        Assert.Equal(1, await ConfirmedCountAsync(eventId));
        var registeredMail = Assert.Single(App.SentMails(), m => m.To.Contains("gun.gast@example.se", StringComparison.Ordinal) && m.Subject.StartsWith("Du är anmäld", StringComparison.Ordinal));
        Assert.Contains("/Events/Cancel?token=", registeredMail.Text, StringComparison.Ordinal);
        Assert.Contains("Var: Kungshamn", registeredMail.Text, StringComparison.Ordinal);

        // Following the link again takes no second seat.
        await guest.GetPageAsync(link.PathAndQuery);
        Assert.Equal(1, await ConfirmedCountAsync(eventId));
    }

    [Fact]
    public async Task Guest_SameEmailTwice_IsRefusedWithAPlainMessage()
    {
        var eventId = await NewEventAsync();
        using var guest = AnonymousClient();
        using (var first = await guest.SubmitAsync(await guest.GetPageAsync($"/Events/Details/{eventId}"), "#register-form", Guest("dubbel@example.se")))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }

        using var second = await guest.SubmitAsync(await guest.GetPageAsync($"/Events/Details/{eventId}"), "#register-form", Guest("Dubbel@Example.se"));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var page = await Browsing.ParseAsync(second);
        Assert.Equal("dubbel@example.se är redan anmäld till det här evenemanget. Ingen anmälan har gjorts.", page.QuerySelector("#register-form [role=alert] li")!.TextContent);
        Assert.Single(await RegistrationsAsync(eventId));
    }

    [Fact]
    public async Task Guest_WithMissingNameAndBadEmail_ExplainsAndKeepsWhatWasTyped()
    {
        var eventId = await NewEventAsync();
        using var guest = AnonymousClient();
        var values = Guest("inte-en-adress");
        values["Guest.LastName"] = "";

        using var response = await guest.SubmitAsync(await guest.GetPageAsync($"/Events/Details/{eventId}"), "#register-form", values);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Browsing.ParseAsync(response);
        Assert.Equal("Efternamn måste fyllas i.", page.QuerySelector("#Guest_LastName-error")!.TextContent);
        Assert.False(string.IsNullOrEmpty(page.QuerySelector("#Guest_Email-error")!.TextContent));
        Assert.Equal("Gun", ((IHtmlInputElement)page.QuerySelector("#Guest_FirstName")!).Value);
        Assert.Equal("Glutenfri", ((IHtmlInputElement)page.QuerySelector("#Guest_DietaryNeeds")!).Value);
        Assert.Empty(await RegistrationsAsync(eventId));
    }

    [Fact]
    public async Task Cancel_ARegistrationWithASeat_GivesItToTheFirstWaitingAndMailsThem()
    {
        var eventId = await NewEventAsync(capacity: 1);
        var tokens = new List<string>();
        foreach (var name in new[] { "Först", "Andra", "Tredje" })
        {
            using var scope = App.Services.CreateScope();
            var outcome = await scope.ServiceProvider.GetRequiredService<EventRegistrations>().RegisterAsync(
                eventId, [new Registrant(name, "Deltagare", $"{name.Replace('ö', 'o').ToLowerInvariant()}.{eventId}@example.se", null, null, null)], PriceCategory.NonMember, null, confirmByEmail: false);
            tokens.Add(outcome.Registrations[0].AccessToken);
        }

        using var client = AnonymousClient();
        var page = await client.GetPageAsync($"/Events/Cancel?token={tokens[0]}");
        using (var response = await client.SubmitAsync(page, "#cancel-form", new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        var registrations = await RegistrationsAsync(eventId);
        Assert.Equal(
            [RegistrationStatus.Cancelled, RegistrationStatus.Confirmed, RegistrationStatus.Waiting],
            registrations.OrderBy(r => r.Id).Select(r => r.Status));
        Assert.Equal(1, await ConfirmedCountAsync(eventId));
        Assert.Single(App.SentMails(), m => m.To.Contains($"andra.{eventId}@example.se", StringComparison.Ordinal) && m.Subject.StartsWith("Du har fått en plats på", StringComparison.Ordinal));
        Assert.DoesNotContain(App.SentMails(), m => m.To.Contains($"tredje.{eventId}@example.se", StringComparison.Ordinal));

        var again = await client.GetPageAsync($"/Events/Cancel?token={tokens[0]}");
        Assert.Null(again.QuerySelector("#cancel-form"));
    }

    [Fact]
    public async Task Mine_ContactPersonCancelsTheirSeat_TheFirstWaitingMovesUp()
    {
        var eventId = await NewEventAsync(capacity: 1);
        using var client = await ContactPersonAsync(DemoMembers.Sodertalje);
        using (var response = await client.SubmitAsync(await client.GetPageAsync($"/Events/Details/{eventId}"), "#register-form", new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        using (var scope = App.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<EventRegistrations>().RegisterAsync(
                eventId, [new Registrant("Vera", "Väntande", $"vera.{eventId}@example.se", null, null, null)], PriceCategory.NonMember, null, confirmByEmail: false);
        }

        var mine = await client.GetPageAsync("/Events/Mine");
        var own = (await RegistrationsAsync(eventId))[0];
        using (var cancelled = await client.SubmitAsync(mine, $"form[action*='?id={own.Id}&']", new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        }

        Assert.Equal([RegistrationStatus.Cancelled, RegistrationStatus.Confirmed], (await RegistrationsAsync(eventId)).Select(r => r.Status));
        Assert.Equal(1, await ConfirmedCountAsync(eventId));
        Assert.Single(App.SentMails(), m => m.To.Contains($"vera.{eventId}@example.se", StringComparison.Ordinal) && m.Subject.StartsWith("Du har fått en plats på", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Register_AfterTheDeadline_IsClosed()
    {
        var eventId = await NewEventAsync(deadline: App.Clock.GetUtcNow().UtcDateTime.AddDays(-1));
        using var guest = AnonymousClient();

        var page = await guest.GetPageAsync($"/Events/Details/{eventId}");

        Assert.Null(page.QuerySelector("#register-form"));
        Assert.Equal("Anmälan är stängd för det här evenemanget.", page.QuerySelector("#closed")!.TextContent);
    }

    /// <summary>Södertälje, the member the demo contact person acts for.</summary>
    private const int AccessSodertalje = Access.AccessTable.SodertaljeId;

    private static Dictionary<string, string> Guest(string email) => new()
    {
        ["Guest.FirstName"] = "Gun",
        ["Guest.LastName"] = "Gäst",
        ["Guest.Organisation"] = "Gästby förening",
        ["Guest.Email"] = email,
        ["Guest.DietaryNeeds"] = "Glutenfri",
        ["Guest.InvoiceAddress"] = "Gästvägen 1\n123 45 Gästby",
    };

    private async Task<int> NewEventAsync(int? capacity = null, string? onlineLink = null, DateTime? deadline = null)
    {
        var start = App.Clock.GetUtcNow().UtcDateTime.Date.AddDays(30).AddHours(8);
        var calendarEvent = Build.Event(
            "Testträff " + Guid.NewGuid().ToString("N")[..6], start, hours: 6, kind: EventKind.NetworkMeeting, description: "En träff för **tester**.", place: "Kungshamn",
            capacity: capacity, onlineLink: onlineLink, registrationDeadlineUtc: deadline).Priced();
        return (await App.AddAsync(calendarEvent)).Id;
    }

    private Task<List<EventRegistration>> RegistrationsAsync(int eventId) =>
        QueryAsync(db => db.EventRegistrations.Where(r => r.EventId == eventId).OrderBy(r => r.Id).ToListAsync());

    private Task<int> ConfirmedCountAsync(int eventId) =>
        QueryAsync(db => db.Events.Where(e => e.Id == eventId).Select(e => e.ConfirmedCount).SingleAsync());
}

public sealed class EventRegistrationTestsOnSqlite(SqliteApp fixture) : EventRegistrationTests<SqliteApp>(fixture);

public sealed class EventRegistrationTestsOnPostgres(PostgresApp fixture) : EventRegistrationTests<PostgresApp>(fixture);
