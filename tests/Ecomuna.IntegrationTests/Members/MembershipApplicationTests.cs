using System.Net;
using AngleSharp.Html.Dom;
using Ecomuna.Core.Data;
using Ecomuna.Core.Members;
using Ecomuna.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ecomuna.IntegrationTests.Members;

public abstract class MembershipApplicationTests<TApp>(TApp fixture) : AppTests<TApp>(fixture)
    where TApp : AppFixture
{
    private static Dictionary<string, string> Application(string name, string organisationNumber, string politicianEmail) => new()
    {
        ["Input.Name"] = name,
        ["Input.Kind"] = "Municipality",
        ["Input.County"] = "Jämtlands län",
        ["Input.Part"] = "Norrland",
        ["Input.OrganisationNumber"] = organisationNumber,
        ["Input.CouncilDecisionDate"] = "2026-09-28",
        ["Input.Politician.FirstName"] = "Pia",
        ["Input.Politician.LastName"] = "Politiker",
        ["Input.Politician.Email"] = politicianEmail,
        ["Input.Politician.Party"] = "C",
        ["Input.CivilServant.FirstName"] = "Tor",
        ["Input.CivilServant.LastName"] = "Tjänsteperson",
        ["Input.CivilServant.Email"] = $"tor.{organisationNumber[..6]}@example.se",
    };

    [Fact]
    public async Task Apply_ThenApprove_MakesAnActiveMemberWithTwoDelegatesWhoAreInvited()
    {
        using var visitor = AnonymousClient();
        var form = await visitor.GetPageAsync("/Join/Membership");
        using var sent = await visitor.SubmitAsync(form, "main form", Application("Bergby", "212000-0142", "pia@bergby.se"));
        Assert.Equal("/Join/Thanks", sent.Headers.Location?.OriginalString);
        Assert.Equal(MembershipStatus.Applicant, (await MemberAsync("Bergby")).Status);

        using var admin = await AdminAsync();
        var applications = await admin.GetPageAsync("/Admin/Applications");
        var section = applications.QuerySelectorAll("section").Single(s => s.QuerySelector("h2")!.TextContent == "Bergby");
        var approve = (IHtmlFormElement)section.QuerySelector("form[action*='Approve']")!;
        using var approved = await admin.SubmitAsync(applications, $"form[action='{approve.GetAttribute("action")}']", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);

        var member = await MemberAsync("Bergby");
        Assert.Equal(MembershipStatus.Active, member.Status);
        Assert.All(member.Contacts, c => Assert.True(c.IsDelegate));
        Assert.Contains(App.SentMails(), m => m.To.Contains("pia@bergby.se", StringComparison.Ordinal) && m.Subject == "Inbjudan till Ecomuna");
    }

    [Fact]
    public async Task Apply_WithWrongOrganisationNumberAndNoEmail_ExplainsAndKeepsWhatWasTyped()
    {
        using var visitor = AnonymousClient();
        var form = await visitor.GetPageAsync("/Join/Membership");
        var values = Application("Dalby", "212000-0143", "");

        using var response = await visitor.SubmitAsync(form, "main form", values);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Browsing.ParseAsync(response);
        Assert.Equal("Organisationsnumret stämmer inte – kontrollera siffrorna.", page.QuerySelector("#orgnr-error")!.TextContent);
        Assert.Equal("E-postadress måste fyllas i.", page.QuerySelector("#Input_Politician_Email-error")!.TextContent);
        Assert.Equal("Dalby", ((IHtmlInputElement)page.QuerySelector("#Input_Name")!).Value);
        Assert.Equal("Pia", ((IHtmlInputElement)page.QuerySelector("#Input_Politician_FirstName")!).Value);
        using var scope = App.Services.CreateScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<EcomunaDbContext>().Members.AnyAsync(m => m.Name == "Dalby"));
    }

    [Fact]
    public async Task Decline_WithAReason_TellsTheProposedContactsWhy()
    {
        using var visitor = AnonymousClient();
        var form = await visitor.GetPageAsync("/Join/Membership");
        using (var sent = await visitor.SubmitAsync(form, "main form", Application("Fjällby", "556016-0680", "pia@fjallby.se")))
        {
            Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        }

        using var admin = await AdminAsync();
        var applications = await admin.GetPageAsync("/Admin/Applications");
        var id = (await MemberAsync("Fjällby")).Id;
        using (var noReason = await admin.SubmitAsync(applications, $"form[action*='Decline'][action*='id={id}']", new Dictionary<string, string>()))
        {
            var again = await Browsing.ParseAsync(noReason);
            Assert.Equal("Skäl till avslag måste fyllas i.", again.QuerySelector($"#reason-{id}-error")!.TextContent);
        }

        using var declined = await admin.SubmitAsync(applications, $"form[action*='Decline'][action*='id={id}']",
            new Dictionary<string, string> { ["Reason"] = "Fullmäktiges beslut saknas." });
        Assert.Equal(HttpStatusCode.Redirect, declined.StatusCode);

        Assert.Equal(MembershipStatus.Declined, (await MemberAsync("Fjällby")).Status);
        var mail = Assert.Single(App.SentMails(), m => m.To.Contains("pia@fjallby.se", StringComparison.Ordinal));
        Assert.Contains("Fullmäktiges beslut saknas.", mail.Text, StringComparison.Ordinal);
    }

    private Task<Member> MemberAsync(string name) =>
        QueryAsync(db => db.Members.Include(m => m.Contacts).SingleAsync(m => m.Name == name));
}

public sealed class MembershipApplicationTestsOnSqlite(SqliteApp fixture) : MembershipApplicationTests<SqliteApp>(fixture);

public sealed class MembershipApplicationTestsOnPostgres(PostgresApp fixture) : MembershipApplicationTests<PostgresApp>(fixture);
