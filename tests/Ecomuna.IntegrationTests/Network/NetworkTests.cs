using System.Net;
using AngleSharp.Html.Dom;
using Ecomuna.Core.Data;
using Ecomuna.Core.Members;
using Ecomuna.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Ecomuna.IntegrationTests.Network;

public abstract class NetworkTests<TApp>(TApp fixture) : AppTests<TApp>(fixture)
    where TApp : AppFixture
{
    private const string Password = "a long password for the network";

    private static Dictionary<string, string> SignUp(string email, string name, string country = "FI") => new()
    {
        ["Input.Category"] = "Researcher",
        ["Input.IsOrganisation"] = "false",
        ["Input.Name"] = name,
        ["Input.CountryCode"] = country,
        ["Input.City"] = "Åbo",
        ["Input.ShowInDirectory"] = "true",
        ["Input.Email"] = email,
        ["Input.Password"] = Password,
    };

    [Fact]
    public async Task SignUp_ConfirmAndApproval_PutsTheResearcherInThePublicDirectory()
    {
        using var visitor = AnonymousClient();
        var form = await visitor.GetPageAsync("/Join/Network");
        using (var sent = await visitor.SubmitAsync(form, "main form", SignUp("rut@abo.example", "Rut Forskare")))
        {
            Assert.Equal("/Join/Thanks?network=True", sent.Headers.Location?.OriginalString);
        }

        using (var early = await visitor.SubmitLoginAsync("rut@abo.example", Password))
        {
            Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        }

        var link = Assert.Single(App.SentMails(), m => m.To.Contains("rut@abo.example", StringComparison.Ordinal)).FirstLink();
        using (var confirmed = await visitor.GetAsync(link))
        {
            Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        }

        var directory = await visitor.GetPageAsync("/Network");
        Assert.DoesNotContain("Rut Forskare", directory.Body!.TextContent, StringComparison.Ordinal);

        using var admin = await AdminAsync();
        var list = await admin.GetPageAsync("/Admin/Network");
        var id = await ProfileIdAsync("Rut Forskare");
        using (var approved = await admin.SubmitAsync(list, $"form[action*='Approve'][action*='id={id}']", new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        }

        directory = await visitor.GetPageAsync("/Network");
        var researchers = directory.QuerySelector("#category-Researcher")!.ParentElement!.TextContent;
        Assert.Contains("Rut Forskare", researchers, StringComparison.Ordinal);
        Assert.Contains("Åbo, FI", researchers, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignUp_WithBadCountryCodeAndShortPassword_ExplainsAndKeepsTheName()
    {
        using var visitor = AnonymousClient();
        var form = await visitor.GetPageAsync("/Join/Network");
        var values = SignUp("kort@abo.example", "Kalle Kort", country: "Finland");
        values["Input.Password"] = "short";

        using var response = await visitor.SubmitAsync(form, "main form", values);

        var page = await Browsing.ParseAsync(response);
        Assert.Equal("Land (landskod) ska vara en landskod med två bokstäver, t.ex. SE.", page.QuerySelector("#Input_CountryCode-error")!.TextContent);
        Assert.Equal("Kalle Kort", ((IHtmlInputElement)page.QuerySelector("#Input_Name")!).Value);
        Assert.True(((IHtmlInputElement)page.QuerySelector("#category-Researcher")!).IsChecked);
        Assert.Equal(0, await ProfileIdAsync("Kalle Kort"));
    }

    [Fact]
    public async Task Profile_HiddenByItsOwner_LeavesThePublicDirectory()
    {
        using var member = await NetworkMemberAsync();
        Assert.Contains("Demo Nätverksvän", (await member.GetPageAsync("/Network")).Body!.TextContent, StringComparison.Ordinal);

        var profile = await member.GetPageAsync("/Network/Profile");
        var values = new Dictionary<string, string> { ["Input.City"] = "Uppsala" };
        using var saved = await member.PostAsync("/Network/Profile", new FormUrlEncodedContent(
            profile.QuerySelectorAll("main form input, main form textarea")
                .OfType<IHtmlElement>()
                .Where(e => e.GetAttribute("name") is { } n && n != "Input.ShowInDirectory" && !(e is IHtmlInputElement { Type: "radio", IsChecked: false }))
                .Select(e => new KeyValuePair<string, string>(e.GetAttribute("name")!, e is IHtmlTextAreaElement area ? area.Value : ((IHtmlInputElement)e).Value))
                .Append(new("Input.ShowInDirectory", "false"))));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        Assert.DoesNotContain("Demo Nätverksvän", (await member.GetPageAsync("/Network")).Body!.TextContent, StringComparison.Ordinal);
    }

    private Task<int> ProfileIdAsync(string name) =>
        QueryAsync(db => db.NetworkProfiles
            .Where(p => p.Name == name).Select(p => p.Id).SingleOrDefaultAsync());
}

public sealed class NetworkTestsOnSqlite(SqliteApp fixture) : NetworkTests<SqliteApp>(fixture);

public sealed class NetworkTestsOnPostgres(PostgresApp fixture) : NetworkTests<PostgresApp>(fixture);
