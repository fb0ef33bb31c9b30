using System.Net;
using System.Text.Json;
using Ecomuna.Core.Audit;
using Ecomuna.Core.Accounts;
using Ecomuna.Core.Data;
using Ecomuna.Core.Demo;
using Ecomuna.Core.Events;
using Ecomuna.Core.Members;
using Ecomuna.Core.Newsletters;
using Ecomuna.Core.Privacy;
using Ecomuna.Core.Surveys;
using Ecomuna.IntegrationTests.Infrastructure;
using Ecomuna.IntegrationTests.Events;
using Ecomuna.IntegrationTests.Surveys;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ecomuna.IntegrationTests.Privacy;

/// <summary>A person's own data: downloading it, asking for erasure, the secretariat carrying it out; the notice.</summary>
public abstract class PrivacyTests<TApp>(TApp fixture) : AppTests<TApp>(fixture)
    where TApp : AppFixture
{
    private const int SodertaljeId = SurveySteps.SodertaljeId;

    [Fact]
    public async Task Download_HoldsMyAccountContactRegistrationsAndConsent_ButNoOneElsesDataAndNoSecrets()
    {
        var me = await App.CreateContactLoginAsync(SodertaljeId, ContactRole.Politician, "Alva");
        var other = await App.CreateContactLoginAsync(SodertaljeId, ContactRole.CivilServant, "Bertil");
        var eventId = await App.NewPaidEventAsync();
        await RegisterAsync(eventId, me, "Vegansk kost, Alva");
        await RegisterAsync(eventId, other, "Glutenfritt, Bertil");
        var secrets = await AddSecretsAndSubscriptionAsync(me.Email);

        using var client = await SignedInAsync(me.Email, TestUsers.Password);
        var page = await client.GetPageAsync("/Account/Manage/Privacy");
        var link = page.QuerySelector("#download-link")!.GetAttribute("href")!;
        using var response = await client.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.EndsWith(".json", response.Content.Headers.ContentDisposition.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName, StringComparison.Ordinal);
        var json = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal(me.Email, root.GetProperty("Email").GetString());
        Assert.Equal(me.Email, root.GetProperty("Account").GetProperty("Email").GetString());
        Assert.False(root.GetProperty("Account").GetProperty("TwoFactorEnabled").GetBoolean());
        var contact = Assert.Single(root.GetProperty("ContactRecords").EnumerateArray());
        Assert.Equal("Alva", contact.GetProperty("FirstName").GetString());
        Assert.Equal("Södertälje", contact.GetProperty("Organisation").GetString());
        var registration = Assert.Single(root.GetProperty("EventRegistrations").EnumerateArray());
        Assert.Equal("Vegansk kost, Alva", registration.GetProperty("DietaryNeeds").GetString());
        var subscription = Assert.Single(root.GetProperty("NewsletterSubscriptions").EnumerateArray());
        Assert.Equal("Jag vill få nyhetsbrevet.", subscription.GetProperty("ConsentText").GetString());
        Assert.Contains("Vegansk kost", json, StringComparison.Ordinal);

        Assert.DoesNotContain(other.Email, json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Bertil", json, StringComparison.Ordinal);
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(secret, json, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("PasswordHash", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("SecurityStamp", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("AccessToken", json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Erasure_AskedForAndCarriedOut_PersonCannotLogIn_NameGone_InvoiceAndStatisticsKept_ConfirmationMailed()
    {
        // Other tests of the class erase people too: this test reads the audit log from here on.
        var auditBefore = await QueryAsync(db => db.AuditEntries.MaxAsync(a => (long?)a.Id)) ?? 0;
        var person = await App.CreateContactLoginAsync(SodertaljeId, ContactRole.CivilServant, "Cecilia");
        var eventId = await App.NewPaidEventAsync();
        var registrationId = await RegisterAsync(eventId, person, "Laktosfritt");
        var survey = await App.CreateSurveyAsync(SurveyAudience.PerPerson);
        int invoiceId;
        decimal total;
        using (var scope = App.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
            // The event has taken place: the registration stays, without the person, in the head count.
            var past = App.Clock.GetUtcNow().UtcDateTime.AddDays(-3);
            await db.Events.Where(e => e.Id == eventId).ExecuteUpdateAsync(s => s.SetProperty(e => e.StartsAtUtc, past).SetProperty(e => e.EndsAtUtc, past.AddHours(8)));
            var registered = await db.EventRegistrations.SingleAsync(r => r.Id == registrationId);
            invoiceId = registered.InvoiceId!.Value;
            total = (await db.Invoices.SingleAsync(i => i.Id == invoiceId)).Total;
            db.SurveyResponses.Add(new SurveyResponse
            {
                SurveyId = survey.Id, MemberId = SodertaljeId, ContactPersonId = person.ContactId, SubmittedAtUtc = past, UpdatedAtUtc = past, UpdatedBy = person.Name,
            });
            await db.SaveChangesAsync();
        }

        Assert.Contains(await InvoiceLinesAsync(invoiceId), l => l.Contains(person.Name, StringComparison.Ordinal));
        var responsesBefore = await ResponseCountAsync(survey.Id);

        using (var client = await SignedInAsync(person.Email, TestUsers.Password))
        {
            var page = await client.GetPageAsync("/Account/Manage/Privacy");
            using var refused = await client.SubmitAsync(page, "#erasure-form", new Dictionary<string, string>());
            var again = await Browsing.ParseAsync(refused);
            Assert.Contains("Kryssa i rutan", again.QuerySelector("#understood-error")!.TextContent, StringComparison.Ordinal);
            using var asked = await client.SubmitAsync(again, "#erasure-form", new Dictionary<string, string> { ["Understood"] = "true" });
            Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
            Assert.NotNull((await client.GetPageAsync("/Account/Manage/Privacy")).QuerySelector("#erasure-pending"));
        }

        using var admin = await AdminAsync();
        var list = await admin.GetPageAsync("/Admin/Privacy");
        Assert.Contains(person.Email, list.QuerySelector("#requests")!.TextContent, StringComparison.Ordinal);
        var found = await admin.GetPageAsync("/Admin/Privacy?email=" + Uri.EscapeDataString(person.Email));
        Assert.NotNull(found.QuerySelector("#found-request"));
        using var erased = await admin.SubmitAsync(found, "#erase-form", new Dictionary<string, string> { ["Confirmed"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, erased.StatusCode);

        // The confirmation was queued before the address went.
        var mail = Assert.Single(App.SentMails(), m => m.To.Contains(person.Email, StringComparison.Ordinal) && m.Subject.Contains("raderats", StringComparison.Ordinal));
        Assert.Equal("Dina personuppgifter har raderats från Ecomuna", mail.Subject);

        using (var client = AnonymousClient())
        {
            using var login = await client.SubmitLoginAsync(person.Email, TestUsers.Password);
            Assert.NotEqual(HttpStatusCode.Redirect, login.StatusCode);
        }

        var contacts = await admin.GetPageAsync($"/Admin/Contacts/Member/{SodertaljeId}");
        Assert.DoesNotContain(person.Name, contacts.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(person.Email, contacts.Body!.TextContent, StringComparison.Ordinal);

        using var check = App.Services.CreateScope();
        var after = check.ServiceProvider.GetRequiredService<EcomunaDbContext>();
        var contact = await after.ContactPersons.AsNoTracking().SingleAsync(c => c.Id == person.ContactId);
        Assert.Equal((PersonalDataErasure.ErasedName, "", "", null), (contact.FullName, contact.Email, contact.LastName, contact.UserId));
        Assert.NotNull(contact.EndedOn);
        Assert.Null(await after.Users.SingleOrDefaultAsync(u => u.Email == person.Email));
        var registration = await after.EventRegistrations.AsNoTracking().SingleAsync(r => r.Id == registrationId);
        Assert.Equal((PersonalDataErasure.ErasedName, RegistrationStatus.Confirmed, null), (registration.FullName.Trim(), registration.Status, registration.DietaryNeeds));
        Assert.DoesNotContain("@", registration.Email, StringComparison.Ordinal);
        Assert.False(await after.EventRegistrations.AnyAsync(r => r.Email == person.Email));
        var invoice = await after.Invoices.AsNoTracking().SingleAsync(i => i.Id == invoiceId);
        Assert.Equal(total, invoice.Total);
        Assert.Equal("Södertälje", invoice.BuyerName);
        Assert.DoesNotContain(await InvoiceLinesAsync(invoiceId), l => l.Contains("Cecilia", StringComparison.Ordinal));
        Assert.Equal(responsesBefore, await ResponseCountAsync(survey.Id));
        Assert.Equal(PersonalDataErasure.ErasedName, (await after.SurveyResponses.AsNoTracking().SingleAsync(r => r.SurveyId == survey.Id)).UpdatedBy);
        Assert.False(await after.ChangeLog.AnyAsync(e => e.ContactPersonId == person.ContactId && (e.NewValue!.Contains("Cecilia") || e.OldValue!.Contains("Cecilia"))));
        var request = await after.ErasureRequests.AsNoTracking().Where(r => r.DoneBy == DemoDataSeeder.AdminEmail).OrderByDescending(r => r.Id).FirstAsync();
        Assert.Equal((ErasureStatus.Done, "", null), (request.Status, request.Email, request.UserId));
        Assert.NotNull(request.DoneAtUtc);
        Assert.Contains("account deleted", request.Outcome, StringComparison.Ordinal);

        // The audit log keeps the person's sign-ins, without their name or address, and records the erasure.
        // (The failed login attempt above came after the erasure and is recorded as one with an unknown address.)
        var audit = await after.AuditEntries.AsNoTracking().Where(a => a.Id > auditBefore).OrderBy(a => a.Id).ToListAsync();
        var erasure = Assert.Single(audit, a => a.Kind == AuditKind.PersonErased);
        Assert.Equal(DemoDataSeeder.AdminEmail, erasure.ActorEmail);
        Assert.Contains("account deleted", erasure.Summary, StringComparison.Ordinal);
        var before = audit.TakeWhile(a => a.Id != erasure.Id).ToList();
        Assert.Contains(before, a => a.Kind == AuditKind.SignInSucceeded && a.ActorName == PersonalDataErasure.ErasedName && a.ActorEmail == null);
        Assert.DoesNotContain(before, a => a.ActorEmail == person.Email || a.Summary.Contains(person.Email, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Erasure_CancelsRegistrationsForEventsToCome_AndCreditsTheirFee()
    {
        var person = await App.CreateContactLoginAsync(SodertaljeId, ContactRole.OtherStaff, "Dagny");
        var eventId = await App.NewPaidEventAsync();
        var registrationId = await RegisterAsync(eventId, person, "Inget");
        var invoiceId = (await App.RegistrationsAsync(eventId)).Single(r => r.Id == registrationId).InvoiceId!.Value;

        using var admin = await AdminAsync();
        var found = await admin.GetPageAsync("/Admin/Privacy?email=" + Uri.EscapeDataString(person.Email));
        using var erased = await admin.SubmitAsync(found, "#erase-form", new Dictionary<string, string> { ["Confirmed"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, erased.StatusCode);

        var registration = (await App.RegistrationsAsync(eventId)).Single(r => r.Id == registrationId);
        Assert.Equal((RegistrationStatus.Cancelled, PersonalDataErasure.ErasedName), (registration.Status, registration.FullName.Trim()));
        var note = Assert.Single(await App.CreditNotesOfAsync(invoiceId));
        Assert.DoesNotContain(note.Lines, l => l.Description.Contains("Dagny", StringComparison.Ordinal));
        Assert.Contains(note.Lines, l => l.Description.Contains(PersonalDataErasure.ErasedName, StringComparison.Ordinal));
    }

    [Fact]
    public async Task GuestWithoutAccount_IsFoundByAddress_ExportedAndErased()
    {
        var email = $"guest-{Guid.NewGuid():N}@example.se";
        var eventId = await App.NewPaidEventAsync();
        using (var scope = App.Services.CreateScope())
        {
            var registrations = scope.ServiceProvider.GetRequiredService<EventRegistrations>();
            Assert.True((await registrations.RegisterAsync(eventId, [EventTestSteps.Guest("Gustav", email)], PriceCategory.NonMember, null, confirmByEmail: true)).Succeeded);
            var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
            db.NewsletterSubscribers.Add(new NewsletterSubscriber
            {
                Email = email, Name = "Gustav", ConsentText = "Jag vill få nyhetsbrevet.", ConsentGivenAtUtc = App.Clock.GetUtcNow().UtcDateTime,
                ConfirmedAtUtc = App.Clock.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync();
        }

        using var admin = await AdminAsync();
        var found = await admin.GetPageAsync("/Admin/Privacy?email=" + Uri.EscapeDataString(email.ToUpperInvariant()));
        Assert.Null(found.QuerySelector("#nothing-found"));
        using var export = await admin.GetAsync(found.QuerySelector("#export-link")!.GetAttribute("href"));
        Assert.Equal("attachment", export.Content.Headers.ContentDisposition!.DispositionType);
        var json = await export.Content.ReadAsStringAsync();
        using (var document = JsonDocument.Parse(json))
        {
            Assert.Single(document.RootElement.GetProperty("EventRegistrations").EnumerateArray());
            Assert.Single(document.RootElement.GetProperty("NewsletterSubscriptions").EnumerateArray());
        }

        using var erased = await admin.SubmitAsync(found, "#erase-form", new Dictionary<string, string> { ["Confirmed"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, erased.StatusCode);

        using var check = App.Services.CreateScope();
        var after = check.ServiceProvider.GetRequiredService<EcomunaDbContext>();
        Assert.False(await after.NewsletterSubscribers.AnyAsync(s => s.Email == email));
        Assert.False(await after.EventRegistrations.AnyAsync(r => r.EventId == eventId), "An unconfirmed registration is deleted.");
        Assert.Single(App.SentMails(), m => m.To.Contains(email, StringComparison.Ordinal) && m.Subject == "Dina personuppgifter har raderats från Ecomuna");

        // What is left under the address is the confirmation, until the clean-up removes sent mail.
        using var left = await admin.GetAsync(found.QuerySelector("#export-link")!.GetAttribute("href"));
        using var leftDocument = JsonDocument.Parse(await left.Content.ReadAsStringAsync());
        Assert.Empty(leftDocument.RootElement.GetProperty("EventRegistrations").EnumerateArray());
        Assert.Empty(leftDocument.RootElement.GetProperty("NewsletterSubscriptions").EnumerateArray());
        var mail = Assert.Single(leftDocument.RootElement.GetProperty("MailInOutbox").EnumerateArray());
        Assert.Equal("Dina personuppgifter har raderats från Ecomuna", mail.GetProperty("Subject").GetString());
    }

    [Fact]
    public async Task AdminPrivacyPage_IsClosedToContactPersons()
    {
        using var client = await ContactPersonAsync(DemoMembers.Sodertalje);

        using var page = await client.GetAsync("/Admin/Privacy");
        using var export = await client.GetAsync("/Admin/Privacy?handler=Export&email=" + Uri.EscapeDataString(DemoDataSeeder.ContactSotenasEmail));

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/Account/AccessDenied", page.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, export.StatusCode);
        Assert.Contains("/Account/AccessDenied", export.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sv", "Integritet och kakor", "Kakor", "7 dagar")]
    [InlineData("en", "Privacy and cookies", "Cookies", "7 days")]
    public async Task Notice_RendersInTheLanguage_WithRetentionRightsAndEveryCookie(string culture, string title, string cookies, string subscriptionDays)
    {
        using var client = AnonymousClient();

        var page = await client.GetPageAsync($"/Privacy?culture={culture}");

        Assert.Equal(title, page.QuerySelector("h1")!.TextContent);
        Assert.Equal(cookies, page.QuerySelector("#cookies")!.TextContent);
        Assert.Contains(subscriptionDays, page.QuerySelector("#retention-list")!.TextContent, StringComparison.Ordinal);
        var cookieNames = page.QuerySelectorAll("#cookie-table code").Select(c => c.TextContent).ToList();
        Assert.Equal(
            ["__Host-Ecomuna.Antiforgery", "__Host-Ecomuna.Auth", "__Host-Ecomuna.Culture", "__Host-Ecomuna.Messages", "__Host-Ecomuna.RememberDevice", "__Host-Ecomuna.TwoFactor"],
            cookieNames.Order(StringComparer.Ordinal));
        Assert.Equal("/Account/Manage/Privacy#download", page.QuerySelector("#download-rights-link")!.GetAttribute("href"));
        Assert.Equal("/Account/Manage/Privacy#erasure", page.QuerySelector("#erasure-rights-link")!.GetAttribute("href"));
        Assert.Equal("/Privacy", page.QuerySelector("#footer-privacy")!.GetAttribute("href"));
        Assert.Equal("/Privacy#cookies", page.QuerySelector("#footer-cookies")!.GetAttribute("href"));
    }

    private async Task<int> RegisterAsync(int eventId, (string Email, int ContactId, string Name) person, string diet)
    {
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
        var userId = await db.ContactPersons.Where(c => c.Id == person.ContactId).Select(c => c.UserId).SingleAsync();
        var names = person.Name.Split(' ');
        var outcome = await App.RegisterDirectlyAsync(eventId, PriceCategory.Member,
            new Registrant(names[0], names[1], person.Email, "Södertälje kommun", diet, null)
            {
                MemberId = SodertaljeId, ContactPersonId = person.ContactId, UserId = userId, Language = "sv",
            });
        Assert.True(outcome.Succeeded, outcome.Refusal.ToString());
        return outcome.Registrations.Single().Id;
    }

    /// <summary>An authenticator key and recovery codes for the account, and a newsletter subscription; returns the secrets.</summary>
    private async Task<List<string>> AddSecretsAndSubscriptionAsync(string email)
    {
        using var scope = App.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        await users.ResetAuthenticatorKeyAsync(user);
        var secrets = new List<string> { (await users.GetAuthenticatorKeyAsync(user))! };
        secrets.AddRange((await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 3))!);
        user = (await users.FindByEmailAsync(email))!;
        secrets.Add(user.PasswordHash!);
        secrets.Add(user.SecurityStamp!);
        var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
        var now = App.Clock.GetUtcNow().UtcDateTime;
        db.NewsletterSubscribers.Add(new NewsletterSubscriber
        {
            Email = email, ConsentText = "Jag vill få nyhetsbrevet.", ConsentGivenAtUtc = now, ConfirmedAtUtc = now,
        });
        await db.SaveChangesAsync();
        return secrets;
    }

    private Task<List<string>> InvoiceLinesAsync(int invoiceId) =>
        QueryAsync(db => db.InvoiceLines
            .Where(l => l.InvoiceId == invoiceId).Select(l => l.Description).ToListAsync());

    private Task<int> ResponseCountAsync(int surveyId) =>
        QueryAsync(db => db.SurveyResponses.CountAsync(r => r.SurveyId == surveyId && r.SubmittedAtUtc != null));
}

public sealed class PrivacyTestsOnSqlite(SqliteApp fixture) : PrivacyTests<SqliteApp>(fixture);

public sealed class PrivacyTestsOnPostgres(PostgresApp fixture) : PrivacyTests<PostgresApp>(fixture);
