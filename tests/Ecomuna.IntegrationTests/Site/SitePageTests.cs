using System.Net;
using Ecomuna.Core.Demo;
using Ecomuna.IntegrationTests.Infrastructure;
using Ecomuna.IntegrationTests.Examples;

namespace Ecomuna.IntegrationTests.Site;

/// <summary>The pages the secretariat edits: every save is a version, and restoring one adds a version.</summary>
public abstract class SitePageTests<TApp>(TApp fixture) : AppTests<TApp>(fixture)
    where TApp : AppFixture
{
    [Fact]
    public async Task Principles_AreTheEditablePage_AtTheirOldAddressToo()
    {
        using var client = AnonymousClient();

        var old = await client.GetPageAsync("/Principles");
        var about = await client.GetPageAsync("/About/principles?culture=en");

        Assert.Equal("De fyra hållbarhetsprinciperna", old.QuerySelector("h1")!.TextContent);
        Assert.Equal(4, old.QuerySelectorAll(".site-page-body ol > li").Length);
        Assert.EndsWith("/About/principles", old.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal("The four sustainability principles", about.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Save_ThenHistory_ThenRestore_AddsAVersionWithTheOldText()
    {
        using var admin = await AdminAsync();
        var edit = await admin.GetPageAsync("/Admin/SitePages/Edit/fees");
        var original = edit.QuerySelector("#Input_BodySv")!.TextContent;

        using (var saved = await admin.SubmitAsync(edit, "#page-form", new Dictionary<string, string> { ["Input.BodySv"] = "Avgifterna är **nya** i år." }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        using var anonymous = AnonymousClient();
        Assert.Equal("Avgifterna är nya i år.", (await anonymous.GetPageAsync("/About/fees")).QuerySelector(".site-page-body")!.TextContent.Trim());

        var history = await admin.GetPageAsync("/Admin/SitePages/History/fees");
        var versions = history.QuerySelectorAll("#versions > li");
        Assert.Equal(2, versions.Length);
        Assert.Contains(DemoDataSeeder.AdminEmail, versions[0].QuerySelector("h2")!.TextContent, StringComparison.Ordinal);
        Assert.Null(versions[0].QuerySelector("form"));

        using (var restored = await admin.SubmitAsync(history, "#versions > li:nth-child(2) form", new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        }

        var after = await admin.GetPageAsync("/Admin/SitePages/History/fees");
        Assert.Equal(3, after.QuerySelectorAll("#versions > li").Length);
        Assert.NotNull(after.QuerySelector("#versions > li:first-child .badge"));
        Assert.Equal(original, (await admin.GetPageAsync("/Admin/SitePages/Edit/fees")).QuerySelector("#Input_BodySv")!.TextContent);
        Assert.Contains("4 000 kr", (await anonymous.GetPageAsync("/About/fees")).QuerySelector(".site-page-body")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_WithoutATitle_KeepsWhatWasTypedAndSaysWhatIsMissing()
    {
        using var admin = await AdminAsync();
        var edit = await admin.GetPageAsync("/Admin/SitePages/Edit/contact");

        using var refused = await admin.SubmitAsync(edit, "#page-form", new Dictionary<string, string> { ["Input.TitleEn"] = "", ["Input.BodyEn"] = "New contact text" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await Browsing.ParseAsync(refused);
        Assert.NotEmpty(page.QuerySelector("#titleen-error")!.TextContent);
        Assert.Equal("New contact text", page.QuerySelector("#Input_BodyEn")!.TextContent.Trim());
    }

    [Fact]
    public async Task NewPage_GetsAnAboutAddress_AndAnAddressIsTakenOnce()
    {
        using var admin = await AdminAsync();
        var values = new Dictionary<string, string>
        {
            ["Input.Slug"] = "studiebesok", ["Input.TitleSv"] = "Studiebesök", ["Input.BodySv"] = "Välkommen på besök.",
            ["Input.TitleEn"] = "Study visits", ["Input.BodyEn"] = "Welcome to visit.",
        };

        using (var created = await admin.SubmitAsync(await admin.GetPageAsync("/Admin/SitePages/Edit"), "#page-form", values))
        {
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        }

        using (var again = await admin.SubmitAsync(await admin.GetPageAsync("/Admin/SitePages/Edit"), "#page-form", values))
        {
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            Assert.NotEmpty((await Browsing.ParseAsync(again)).QuerySelector("#slug-error")!.TextContent);
        }

        using var anonymous = AnonymousClient();
        Assert.Equal("Studiebesök", (await anonymous.GetPageAsync("/About/studiebesok")).QuerySelector("h1")!.TextContent);
        Assert.Contains((await anonymous.GetPageAsync("/About")).QuerySelectorAll("#about-pages a"), a => a.TextContent == "Studiebesök");
    }

    [Theory]
    [InlineData("/Admin/SitePages/Edit/fees")]
    [InlineData("/Admin/SitePages/History/fees")]
    public async Task Editing_IsForTheSecretariatOnly(string url)
    {
        using var contact = await ContactPersonAsync(DemoMembers.Sodertalje);
        using var response = await contact.GetAsync(url);

        Assert.Contains("/Account/AccessDenied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}

public sealed class SitePageTestsOnSqlite(SqliteApp fixture) : SitePageTests<SqliteApp>(fixture);

public sealed class SitePageTestsOnPostgres(PostgresApp fixture) : SitePageTests<PostgresApp>(fixture);
