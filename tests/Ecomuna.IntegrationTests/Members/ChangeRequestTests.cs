using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Ecomuna.Core.Accounts;
using Ecomuna.Core.Data;
using Ecomuna.Core.Demo;
using Ecomuna.Core.Members;
using Ecomuna.IntegrationTests.Access;
using Ecomuna.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ecomuna.IntegrationTests.Members;

/// <summary>
/// Contact persons ask for changes to population, delegates and membership; the secretariat approves or declines.
/// Each test works on a demo member of its own (by id), with a contact-person login made for it, so that no test sees
/// another's requests.
/// </summary>
public abstract class ChangeRequestTests<TApp>(TApp fixture) : AppTests<TApp>(fixture)
    where TApp : AppFixture
{
    [Fact]
    public async Task Population_SentAndApproved_CorrectsTheFigureRecordsHistoryAndMailsTheRequester()
    {
        const int memberId = 20;
        var (contact, email) = await ContactOfAsync(memberId);
        var year = App.Clock.GetUtcNow().Year - 1;
        var before = await QueryAsync(db => db.PopulationFigures.Where(p => p.MemberId == memberId && p.Year == year).Select(p => p.Population).SingleAsync());
        var chooser = await contact.GetPageAsync("/Organisation/ChangeRequests/Create");
        var form = await contact.GetPageAsync(chooser.QuerySelectorAll("main a").Single(a => a.GetAttribute("href")!.EndsWith("/Population", StringComparison.Ordinal)).GetAttribute("href")!);

        using var sent = await contact.SubmitAsync(form, "main form", new Dictionary<string, string>
        {
            ["Input.Year"] = year.ToString(CultureInfo.InvariantCulture),
            ["Input.Population"] = "12345",
            ["Input.Source"] = "SCB",
            ["Input.Comment"] = "Slutlig siffra.",
        });

        AssertRedirectTo("/Organisation", sent);
        var own = await contact.GetPageAsync("/Organisation");
        Assert.Contains("Väntar på kansliet", own.QuerySelector("#change-requests tbody tr")!.TextContent, StringComparison.Ordinal);
        using var admin = await AdminAsync();
        var details = await admin.GetPageAsync($"/Admin/Members/Details/{memberId}");
        Assert.Contains("12345", Digits(details.QuerySelector("#pending-requests")!.TextContent), StringComparison.Ordinal);
        var id = await LatestRequestIdAsync(memberId);
        var list = await admin.GetPageAsync("/Admin/ChangeRequests");
        var section = list.QuerySelector($"#change-request-{id}")!;
        Assert.Equal(Digits(before.ToString(CultureInfo.InvariantCulture) + year), Digits(section.QuerySelector(".current-value")!.TextContent));
        Assert.Contains("ändras från", section.QuerySelector(".effect")!.TextContent, StringComparison.Ordinal);

        using var approved = await admin.SubmitAsync(list, $"#change-request-{id} form.approve", new Dictionary<string, string>());

        AssertRedirectTo("/Admin/ChangeRequests", approved);
        var (population, history, request) = await QueryAsync(async db => (
            await db.PopulationFigures.Where(p => p.MemberId == memberId && p.Year == year).Select(p => new { p.Population, p.Source }).SingleAsync(),
            await db.ChangeLog.Where(e => e.MemberId == memberId && e.EntityType == "PopulationFigure").OrderBy(e => e.Id).LastAsync(),
            await db.ChangeRequests.SingleAsync(r => r.Id == id)));
        Assert.Equal((12345, "SCB"), (population.Population, population.Source));
        Assert.Equal((DemoDataSeeder.AdminEmail, "12345"), (history.ChangedBy, history.NewValue));
        Assert.Equal((ChangeRequestStatus.Approved, DemoDataSeeder.AdminEmail), (request.Status, request.DecidedBy));
        var mail = MailTo(email);
        Assert.Equal("Din ändringsbegäran är godkänd", mail.Subject);
        Assert.Contains("12345", Digits(mail.Text), StringComparison.Ordinal);
        Assert.Contains("Godkänd", (await contact.GetPageAsync("/Organisation")).QuerySelector("#change-requests tbody tr")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delegate_NewPoliticianApproved_TakesTheVoteFromThePresentDelegatePolitician()
    {
        const int memberId = 21;
        var (oldDelegate, newPolitician) = await QueryAsync(async db =>
        {
            var politician = new ContactPerson { MemberId = memberId, FirstName = "Nya", LastName = "Politikern", Role = ContactRole.Politician, Email = "nya@example.se" };
            db.ContactPersons.Add(politician);
            await db.SaveChangesAsync();
            var present = await db.ContactPersons.SingleAsync(c => c.MemberId == memberId && c.Role == ContactRole.Politician && c.IsDelegate);
            return (present, politician);
        });
        var (contact, _) = await ContactOfAsync(memberId);
        var form = await contact.GetPageAsync("/Organisation/ChangeRequests/Create/Delegate");
        var choices = form.QuerySelectorAll("select#Input_ContactId option").Select(o => o.GetAttribute("value")).Where(v => v != "").ToList();
        var expected = await QueryAsync(db => db.ContactPersons
            .Where(c => c.MemberId == memberId && c.EndedOn == null && (c.Role == ContactRole.Politician || c.Role == ContactRole.CivilServant))
            .Select(c => c.Id).ToListAsync());
        Assert.Equal(expected.Order(), choices.Select(v => int.Parse(v!, CultureInfo.InvariantCulture)).Order());

        using var sent = await contact.SubmitAsync(form, "main form", new Dictionary<string, string>
        {
            ["Input.MakeDelegate"] = "true",
            ["Input.ContactId"] = newPolitician.Id.ToString(CultureInfo.InvariantCulture),
        });

        AssertRedirectTo("/Organisation", sent);
        using var admin = await AdminAsync();
        var id = await LatestRequestIdAsync(memberId);
        var list = await admin.GetPageAsync("/Admin/ChangeRequests");
        var effect = list.QuerySelector($"#change-request-{id} .effect")!.TextContent;
        Assert.Contains("Nya Politikern", effect, StringComparison.Ordinal);
        Assert.Contains($"i stället för {oldDelegate.FullName}", effect, StringComparison.Ordinal);

        using var approved = await admin.SubmitAsync(list, $"#change-request-{id} form.approve", new Dictionary<string, string>());

        AssertRedirectTo("/Admin/ChangeRequests", approved);
        var delegates = await QueryAsync(db => db.ContactPersons.Where(c => c.MemberId == memberId && c.IsDelegate).Select(c => c.Id).ToListAsync());
        Assert.Contains(newPolitician.Id, delegates);
        Assert.DoesNotContain(oldDelegate.Id, delegates);
        Assert.Equal(2, delegates.Count);
        var history = await QueryAsync(db => db.ChangeLog
            .Where(e => e.MemberId == memberId && e.Property == nameof(ContactPerson.IsDelegate) && e.ChangedBy == DemoDataSeeder.AdminEmail)
            .Select(e => new { e.ContactPersonId, e.NewValue }).ToListAsync());
        Assert.Contains(history, e => e.ContactPersonId == oldDelegate.Id && e.NewValue == "False");
        Assert.Contains(history, e => e.ContactPersonId == newPolitician.Id && e.NewValue == "True");
    }

    [Fact]
    public async Task Resignation_Approved_MakesTheMemberResignedUntilTheDate()
    {
        const int memberId = 22;
        var (contact, _) = await ContactOfAsync(memberId);
        var lastDay = DateOnly.FromDateTime(App.Clock.GetUtcNow().UtcDateTime).AddDays(60);
        await SendAsync(contact, "Resignation", new() { ["Input.ResignationDate"] = lastDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
        using var admin = await AdminAsync();
        var id = await LatestRequestIdAsync(memberId);
        var list = await admin.GetPageAsync("/Admin/ChangeRequests");

        using var approved = await admin.SubmitAsync(list, $"#change-request-{id} form.approve", new Dictionary<string, string>());

        AssertRedirectTo("/Admin/ChangeRequests", approved);
        var member = await QueryAsync(db => db.Members.Where(m => m.Id == memberId).Select(m => new { m.Status, m.MemberUntil }).SingleAsync());
        Assert.Equal((MembershipStatus.Resigned, lastDay), (member.Status, member.MemberUntil!.Value));
        var statusChange = await QueryAsync(db => db.ChangeLog.Where(e => e.MemberId == memberId && e.Property == nameof(Member.Status)).OrderBy(e => e.Id).LastAsync());
        Assert.Equal(("Active", "Resigned", DemoDataSeeder.AdminEmail), (statusChange.OldValue, statusChange.NewValue, statusChange.ChangedBy));
    }

    [Fact]
    public async Task Decline_WithAReason_ChangesNothingAndMailsTheReasonInTheRequestersLanguage()
    {
        const int memberId = 23;
        var (contact, email) = await ContactOfAsync(memberId, language: "en");
        var year = App.Clock.GetUtcNow().Year - 1;
        var before = await QueryAsync(db => db.PopulationFigures.Where(p => p.MemberId == memberId && p.Year == year).Select(p => p.Population).SingleAsync());
        await SendAsync(contact, "Population", new() { ["Input.Year"] = year.ToString(CultureInfo.InvariantCulture), ["Input.Population"] = "4321" });
        using var admin = await AdminAsync();
        var id = await LatestRequestIdAsync(memberId);
        var list = await admin.GetPageAsync("/Admin/ChangeRequests");

        using var declined = await admin.SubmitAsync(list, $"#change-request-{id} form.decline", new Dictionary<string, string>
        {
            ["Reason"] = "SCB:s siffra är 4 312, inte 4 321.",
        });

        AssertRedirectTo("/Admin/ChangeRequests", declined);
        var request = await QueryAsync(db => db.ChangeRequests.SingleAsync(r => r.Id == id));
        Assert.Equal((ChangeRequestStatus.Declined, "SCB:s siffra är 4 312, inte 4 321."), (request.Status, request.DeclineReason));
        Assert.Equal(before, await QueryAsync(db => db.PopulationFigures.Where(p => p.MemberId == memberId && p.Year == year).Select(p => p.Population).SingleAsync()));
        var mail = MailTo(email);
        Assert.Equal("Your change request has been declined", mail.Subject);
        Assert.Contains("The secretariat's reason: SCB:s siffra är 4 312, inte 4 321.", mail.Text, StringComparison.Ordinal);
        var own = await contact.GetPageAsync("/Organisation");
        Assert.Contains("4 312, inte 4 321", own.QuerySelector("#change-requests tbody tr")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decline_WithoutAReason_SaysSoAndChangesNothing()
    {
        const int memberId = 24;
        var (contact, email) = await ContactOfAsync(memberId);
        await SendAsync(contact, "Resignation", new() { ["Input.ResignationDate"] = DateOnly.FromDateTime(App.Clock.GetUtcNow().UtcDateTime).AddDays(10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
        using var admin = await AdminAsync();
        var id = await LatestRequestIdAsync(memberId);
        var list = await admin.GetPageAsync("/Admin/ChangeRequests");

        using var response = await admin.SubmitAsync(list, $"#change-request-{id} form.decline", new Dictionary<string, string> { ["Reason"] = "  " });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Browsing.ParseAsync(response);
        Assert.Equal("Skäl till avslag måste fyllas i.", page.QuerySelector($"#reason-{id}-error")!.TextContent);
        Assert.Equal(ChangeRequestStatus.Pending, await QueryAsync(db => db.ChangeRequests.Where(r => r.Id == id).Select(r => r.Status).SingleAsync()));
        Assert.Equal(MembershipStatus.Active, await QueryAsync(db => db.Members.Where(m => m.Id == memberId).Select(m => m.Status).SingleAsync()));
        Assert.DoesNotContain(App.SentMails(), m => m.To.Contains(email, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Create_DelegateRequestNamingAnotherMembersContact_IsRefusedAndKeepsTheInput()
    {
        using var sotenas = await ContactPersonAsync(DemoMembers.Sotenas);
        var form = await sotenas.GetPageAsync("/Organisation/ChangeRequests/Create/Delegate");
        var before = await QueryAsync(db => db.ChangeRequests.CountAsync());

        using var response = await sotenas.SubmitAsync(form, "main form", new Dictionary<string, string>
        {
            ["Input.MakeDelegate"] = "true",
            ["Input.ContactId"] = SodertaljePoliticianId.ToString(CultureInfo.InvariantCulture),
            ["Input.Comment"] = "Vår nya ordförande.",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Browsing.ParseAsync(response);
        Assert.Equal("Välj en av organisationens nuvarande politiker eller tjänstepersoner i listan.", page.QuerySelector("#contact-error")!.TextContent);
        Assert.Equal("Vår nya ordförande.", page.QuerySelector("textarea#Input_Comment")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("input#make-delegate-yes[checked]"));
        Assert.Equal(before, await QueryAsync(db => db.ChangeRequests.CountAsync()));
        Assert.False(await QueryAsync(db => db.ChangeRequests.AnyAsync(r => r.ContactPersonId == SodertaljePoliticianId)));
    }

    [Fact]
    public async Task Organisation_OfAnotherMember_DoesNotShowTheRequests()
    {
        using var sodertalje = await ContactPersonAsync(DemoMembers.Sodertalje);
        await SendAsync(sodertalje, "Population", new() { ["Input.Year"] = "2020", ["Input.Population"] = "98765" });
        using var sotenas = await ContactPersonAsync(DemoMembers.Sotenas);

        var own = await sodertalje.GetPageAsync("/Organisation");
        var other = await sotenas.GetPageAsync("/Organisation");

        Assert.Contains("98", own.QuerySelector("#change-requests")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoDataSeeder.ContactSodertaljeEmail, other.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("98\u00a0765", other.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approve_PostedByAContactPerson_IsDeniedAndChangesNothing()
    {
        const int memberId = 25;
        var (contact, _) = await ContactOfAsync(memberId);
        await SendAsync(contact, "Resignation", new() { ["Input.ResignationDate"] = DateOnly.FromDateTime(App.Clock.GetUtcNow().UtcDateTime).AddDays(5).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
        var id = await LatestRequestIdAsync(memberId);
        // A form of their own, with a valid antiforgery token, aimed at the secretariat's approve button.
        var own = await contact.GetPageAsync("/Organisation");
        own.QuerySelector("#confirm-form")!.SetAttribute("action", $"/Admin/ChangeRequests?handler=Approve&id={id}");

        using var response = await contact.SubmitAsync(own, "#confirm-form", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/AccessDenied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(ChangeRequestStatus.Pending, await QueryAsync(db => db.ChangeRequests.Where(r => r.Id == id).Select(r => r.Status).SingleAsync()));
        Assert.Equal(MembershipStatus.Active, await QueryAsync(db => db.Members.Where(m => m.Id == memberId).Select(m => m.Status).SingleAsync()));
    }

    [Fact]
    public async Task Create_InvalidPopulation_KeepsWhatWasTypedAndExplainsInSwedishAndEnglish()
    {
        const int memberId = 26;
        var (contact, _) = await ContactOfAsync(memberId);
        var before = await QueryAsync(db => db.ChangeRequests.CountAsync(r => r.MemberId == memberId));
        var form = await contact.GetPageAsync("/Organisation/ChangeRequests/Create/Population");

        using var swedish = await contact.SubmitAsync(form, "main form", new Dictionary<string, string>
        {
            ["Input.Year"] = "2024",
            ["Input.Population"] = "-5",
            ["Input.Source"] = "SCB",
        });

        var page = await Browsing.ParseAsync(swedish);
        Assert.Equal(HttpStatusCode.OK, swedish.StatusCode);
        Assert.Equal("Folkmängd måste vara större än noll.", page.QuerySelector("#population-error")!.TextContent);
        Assert.Equal(("2024", "-5", "SCB"), (Value(page, "Input.Year"), Value(page, "Input.Population"), Value(page, "Input.Source")));

        contact.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var englishForm = await contact.GetPageAsync("/Organisation/ChangeRequests/Create/Population");
        using var english = await contact.SubmitAsync(englishForm, "main form", new Dictionary<string, string>
        {
            ["Input.Year"] = "",
            ["Input.Population"] = "12000",
        });

        var englishPage = await Browsing.ParseAsync(english);
        Assert.Equal("Year is required.", englishPage.QuerySelector("#year-error")!.TextContent);
        Assert.Equal("12000", Value(englishPage, "Input.Population"));
        Assert.Equal(before, await QueryAsync(db => db.ChangeRequests.CountAsync(r => r.MemberId == memberId)));
    }

    [Fact]
    public async Task AdminStart_PendingRequests_AreCountedAndLinked()
    {
        using var admin = await AdminAsync();
        var before = await PendingOnStartPageAsync(admin);
        var (contact, _) = await ContactOfAsync(27);

        await SendAsync(contact, "Population", new() { ["Input.Year"] = "2023", ["Input.Population"] = "5000" });

        Assert.Equal(before + 1, await PendingOnStartPageAsync(admin));
        var start = await admin.GetPageAsync("/Admin");
        Assert.Equal("/Admin/ChangeRequests", start.QuerySelector("a#pending-change-requests")!.GetAttribute("href"));
    }

    /// <summary>Södertälje's politician: the demo seeder's 15th contact.</summary>
    private const int SodertaljePoliticianId = AccessTable.SodertaljeAlternatePoliticianId - 2;

    private static async Task<int> PendingOnStartPageAsync(HttpClient admin)
    {
        var page = await admin.GetPageAsync("/Admin");
        return int.Parse(Digits(page.QuerySelector("a#pending-change-requests")!.TextContent), CultureInfo.InvariantCulture);
    }

    private static async Task SendAsync(HttpClient contact, string kind, Dictionary<string, string> values)
    {
        var form = await contact.GetPageAsync($"/Organisation/ChangeRequests/Create/{kind}");
        using var response = await contact.SubmitAsync(form, "main form", values);
        AssertRedirectTo("/Organisation", response);
    }

    private static void AssertRedirectTo(string path, HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Expected a redirect to {path}, got {(int)response.StatusCode}.");
        Assert.Equal(path, response.Headers.Location!.OriginalString.Split('?')[0]);
    }

    private static string? Value(IHtmlDocument page, string name) => page.QuerySelector($"[name='{name}']")!.GetAttribute("value");

    private static string Digits(string text) => new([.. text.Where(char.IsAsciiDigit)]);

    private SentMail MailTo(string email) => App.SentMails().Last(m => m.To.Contains(email, StringComparison.OrdinalIgnoreCase));

    private Task<int> LatestRequestIdAsync(int memberId) =>
        QueryAsync(db => db.ChangeRequests.Where(r => r.MemberId == memberId).MaxAsync(r => r.Id));

    /// <summary>A new contact-person login acting for the member, signed in; emails are written in <paramref name="language"/>.</summary>
    private async Task<(HttpClient Client, string Email)> ContactOfAsync(int memberId, string language = "sv")
    {
        var email = $"contact-{Guid.NewGuid():N}@test.ecomuna.org";
        using (var scope = App.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser
            {
                UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Test Kontakt", MemberId = memberId, PreferredLanguage = language,
            };
            Assert.True((await users.CreateAsync(user, TestUsers.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, Roles.ContactPerson)).Succeeded);
        }

        return (await SignedInAsync(email, TestUsers.Password), email);
    }
}

public sealed class ChangeRequestTestsOnSqlite(SqliteApp fixture) : ChangeRequestTests<SqliteApp>(fixture);

public sealed class ChangeRequestTestsOnPostgres(PostgresApp fixture) : ChangeRequestTests<PostgresApp>(fixture);
