using System.Net;
using Ecomuna.Core.Demo;
using Ecomuna.IntegrationTests.Infrastructure;
using Ecomuna.IntegrationTests.Examples;

namespace Ecomuna.IntegrationTests.Site;

/// <summary>The partner networks and the cooperation timeline: public to read, the secretariat's to edit.</summary>
public abstract class InternationalTests<TApp>(TApp fixture) : AppTests<TApp>(fixture)
    where TApp : AppFixture
{
    [Fact]
    public async Task PublicPage_ListsThePartnersAndTheTimelineByYear_InTheVisitorsLanguage()
    {
        using var client = AnonymousClient();

        var swedish = await client.GetPageAsync("/International");
        var english = await client.GetPageAsync("/International?culture=en");
        var argentina = await client.GetPageAsync("/International/argentina");

        Assert.Equal(8, swedish.QuerySelectorAll("#partners li").Length);
        Assert.Equal("2002", swedish.QuerySelector("#timeline h3")!.TextContent);
        Assert.Contains("Whistler", swedish.QuerySelector("#timeline li li")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("A representative of the Canadian eco-municipality Whistler", english.QuerySelector("#timeline li li")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(argentina.QuerySelectorAll("#partner-timeline li"), li => li.TextContent.Contains("RAMCC (135 kommuner)", StringComparison.Ordinal));
        Assert.Equal("/About/nordic-partnership", swedish.QuerySelector("#nordic-link")!.GetAttribute("href"));
    }

    [Fact]
    public async Task AdminAddsATimelineEntry_AndChangesAPartner()
    {
        using var admin = await AdminAsync();
        var entryForm = await admin.GetPageAsync("/Admin/International/Entry");

        using (var refused = await admin.SubmitAsync(entryForm, "#entry-form", new Dictionary<string, string> { ["Input.Year"] = "1850", ["Input.TextSv"] = "Ett möte i Tokyo" }))
        {
            var page = await Browsing.ParseAsync(refused);
            Assert.NotEmpty(page.QuerySelector("#year-error")!.TextContent);
            Assert.NotEmpty(page.QuerySelector("#texten-error")!.TextContent);
            Assert.Equal("Ett möte i Tokyo", page.QuerySelector("#Input_TextSv")!.TextContent.Trim());
        }

        var partnerId = entryForm.QuerySelectorAll("#Input_PartnerId option").Single(o => o.TextContent.StartsWith("COLGEI", StringComparison.Ordinal)).GetAttribute("value")!;
        using (var saved = await admin.SubmitAsync(entryForm, "#entry-form", new Dictionary<string, string>
        {
            ["Input.Year"] = "2024", ["Input.TextSv"] = "Ett möte i Tokyo", ["Input.TextEn"] = "A meeting in Tokyo", ["Input.PartnerId"] = partnerId,
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var partnerForm = await admin.GetPageAsync($"/Admin/International/Partner/{partnerId}");
        using (var saved = await admin.SubmitAsync(partnerForm, "#partner-form", new Dictionary<string, string> { ["Input.ContactName"] = "Keiko Tanaka" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        using var anonymous = AnonymousClient();
        var japan = await anonymous.GetPageAsync("/International/japan?culture=en");
        Assert.Contains("Keiko Tanaka", japan.QuerySelector("main dl")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(japan.QuerySelectorAll("#partner-timeline li"), li => li.TextContent.Contains("2024 – A meeting in Tokyo", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(DemoDataSeeder.ContactSodertaljeEmail)]
    [InlineData(DemoDataSeeder.NetworkMemberEmail)]
    public async Task Editing_IsForTheSecretariatOnly_EvenByPosting(string email)
    {
        using var admin = await AdminAsync();
        var form = await admin.GetPageAsync("/Admin/International/Entry/1");
        using var other = await App.SignedInAsync(email);

        using var get = await other.GetAsync("/Admin/International/Partner/1");
        using var post = await other.SubmitAsync(form, "#delete-form", new Dictionary<string, string>());

        Assert.Contains("/Account/AccessDenied", get.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("/Account/AccessDenied", post.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        using var anonymous = AnonymousClient();
        var timeline = await anonymous.GetPageAsync("/International");
        Assert.Contains("Whistler", timeline.QuerySelector("#timeline li li")!.TextContent, StringComparison.Ordinal);
    }
}

public sealed class InternationalTestsOnSqlite(SqliteApp fixture) : InternationalTests<SqliteApp>(fixture);

public sealed class InternationalTestsOnPostgres(PostgresApp fixture) : InternationalTests<PostgresApp>(fixture);
