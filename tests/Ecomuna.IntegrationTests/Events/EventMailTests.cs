using System.Net;
using System.Text;
using Ecomuna.Core.Data;
using Ecomuna.Core.Events;
using Ecomuna.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ecomuna.IntegrationTests.Events;

/// <summary>What the registration mails carry and the language they are in, and that one address registers only once.</summary>
public abstract class EventMailTests<TApp>(TApp fixture) : AppTests<TApp>(fixture)
    where TApp : AppFixture
{
    [Fact]
    public async Task ConfirmationMail_HasTheEventsCalendarFileAttached()
    {
        var eventId = await App.NewPaidEventAsync(onlineLink: "https://meet.example.org/konferens");
        using var client = await ContactPersonAsync(DemoMembers.Sodertalje);
        using (var response = await client.SubmitAsync(await client.GetPageAsync($"/Events/Details/{eventId}"), "#register-form", new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        var registration = Assert.Single(await App.RegistrationsAsync(eventId));
        var mail = Assert.Single(App.SentMails(), m => m.To.Contains(registration.Email, StringComparison.OrdinalIgnoreCase) && m.Subject.StartsWith("Du är anmäld", StringComparison.Ordinal));
        var (headers, content) = mail.Attachment("text/calendar") ?? throw new Xunit.Sdk.XunitException("The mail has no calendar file.");
        Assert.Contains($"event-{eventId}.ics", headers, StringComparison.Ordinal);
        var ics = Encoding.UTF8.GetString(content);
        var uid = await CalendarUidAsync(eventId);
        Assert.Contains("BEGIN:VEVENT", ics, StringComparison.Ordinal);
        Assert.Contains($"UID:{uid}", ics, StringComparison.Ordinal);

        // The same file the registered person downloads from the event's page.
        using var download = await client.GetAsync($"/Events/Ics/{eventId}");
        Assert.Equal("text/calendar", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(WithoutStamp(await download.Content.ReadAsStringAsync()), WithoutStamp(ics));
    }

    [Fact]
    public async Task EnglishGuest_GetsEveryLaterMailInEnglish()
    {
        var eventId = await App.NewPaidEventAsync(capacity: 1);
        var title = await TitleAsync(eventId);
        var seatHolder = (await App.RegisterDirectlyAsync(eventId, Core.Events.PriceCategory.NonMember, EventTestSteps.Guest("Sittande", $"sittande.{eventId}@example.se"))).Registrations[0];
        var email = $"emma.english.{eventId}@example.org";
        bool ToEmma(SentMail m) => m.To.Contains(email, StringComparison.Ordinal);

        using (var english = AnonymousClient())
        {
            english.DefaultRequestHeaders.Add("Accept-Language", "en");
            using var response = await english.SubmitAsync(await english.GetPageAsync($"/Events/Details/{eventId}"), "#register-form", new Dictionary<string, string>
            {
                ["Guest.FirstName"] = "Emma",
                ["Guest.LastName"] = "English",
                ["Guest.Email"] = email,
                ["Guest.InvoiceAddress"] = "1 High Street\nLondon",
            });
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        Assert.Equal("en", (await App.RegistrationsAsync(eventId))[1].Language);
        var confirmMail = Assert.Single(App.SentMails(), ToEmma);
        Assert.Equal($"Confirm your registration for {title}", confirmMail.Subject);

        // The link is followed from a Swedish browser: the mail still goes out in English.
        using var swedish = AnonymousClient();
        await swedish.GetPageAsync(new Uri(confirmMail.FirstLink()).PathAndQuery);
        Assert.Contains(App.SentMails(), m => ToEmma(m) && m.Subject == $"You are on the waiting list for {title}");

        using (var response = await swedish.SubmitAsync(await swedish.GetPageAsync($"/Events/Cancel?token={seatHolder.AccessToken}"), "#cancel-form", new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        Assert.Contains(App.SentMails(), m => ToEmma(m) && m.Subject == $"You now have a seat at {title}" && m.Attachment("text/calendar") is not null);
        Assert.Contains(App.SentMails(), m => ToEmma(m) && m.Subject.StartsWith("Invoice ", StringComparison.Ordinal));

        using var admin = await AdminAsync();
        using (var response = await admin.SubmitAsync(await admin.GetPageAsync($"/Admin/Events/Cancel/{eventId}"), "#cancel-form", new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        Assert.Contains(App.SentMails(), m => ToEmma(m) && m.Subject == $"Cancelled: {title}");
        Assert.Contains(App.SentMails(), m => ToEmma(m) && m.Subject.StartsWith("Credit note ", StringComparison.Ordinal));
        Assert.DoesNotContain(App.SentMails(), m => ToEmma(m) && (m.Subject.StartsWith("Du ", StringComparison.Ordinal) || m.Subject.Contains("faktura", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task ConcurrentDuplicateRegistrations_OnlyOneIsMadeAndTheRestAreAlreadyRegistered()
    {
        var eventId = await App.NewPaidEventAsync();
        var outcomes = await Task.WhenAll(Enumerable.Range(1, 8).Select(async n =>
        {
            using var scope = App.Services.CreateScope();
            var email = n % 2 == 0 ? $"Dubbel.{eventId}@Example.se" : $" dubbel.{eventId}@example.se";
            return await scope.ServiceProvider.GetRequiredService<EventRegistrations>().RegisterAsync(
                eventId, [EventTestSteps.Guest($"Dubbel{n}", email)], PriceCategory.NonMember, null, confirmByEmail: n % 3 == 0);
        }));

        Assert.Single(outcomes, o => o.Succeeded);
        Assert.All(outcomes.Where(o => !o.Succeeded), o => Assert.Equal(RegistrationRefusal.AlreadyRegistered, o.Refusal));
        var registration = Assert.Single(await App.RegistrationsAsync(eventId));
        Assert.Equal($"dubbel.{eventId}@example.se", registration.Email);
    }

    [Fact]
    public async Task Database_RefusesASecondActiveRegistrationForOneAddress_ButNotAfterACancellation()
    {
        var eventId = await App.NewPaidEventAsync();
        var email = $"index.{eventId}@example.se";
        await AddAsync(eventId, email, RegistrationStatus.Cancelled);
        await AddAsync(eventId, email, RegistrationStatus.Confirmed);

        var refused = await Assert.ThrowsAsync<DbUpdateException>(() => AddAsync(eventId, email, RegistrationStatus.Waiting));
        Assert.True(DatabaseErrors.IsUniqueViolation(refused));

        var again = await App.RegisterDirectlyAsync(eventId, PriceCategory.NonMember, EventTestSteps.Guest("Igen", email.ToUpperInvariant()));
        Assert.Equal(RegistrationRefusal.AlreadyRegistered, again.Refusal);
    }

    private Task<EventRegistration> AddAsync(int eventId, string email, RegistrationStatus status) =>
        App.AddAsync(Build.Registration(eventId, "Index", "Test", email, status, App.Clock.GetUtcNow().UtcDateTime, PriceCategory.NonMember));

    private Task<string> CalendarUidAsync(int eventId) =>
        QueryAsync(db => db.Events.Where(e => e.Id == eventId).Select(e => e.CalendarUid).SingleAsync());

    private Task<string> TitleAsync(int eventId) =>
        QueryAsync(db => db.Events.Where(e => e.Id == eventId).Select(e => e.Title).SingleAsync());

    private static string WithoutStamp(string ics) =>
        string.Join("\n", ics.ReplaceLineEndings("\n").Split('\n').Where(line => !line.StartsWith("DTSTAMP:", StringComparison.Ordinal)));
}

public sealed class EventMailTestsOnSqlite(SqliteApp fixture) : EventMailTests<SqliteApp>(fixture);

public sealed class EventMailTestsOnPostgres(PostgresApp fixture) : EventMailTests<PostgresApp>(fixture);
