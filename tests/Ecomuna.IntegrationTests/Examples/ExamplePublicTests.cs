using System.Net;
using System.Xml.Linq;
using Ecomuna.Core.Examples;
using Ecomuna.IntegrationTests.Infrastructure;

namespace Ecomuna.IntegrationTests.Examples;

/// <summary>What everyone sees of good examples: the list with search, filters and pages, the feed, pictures and the initiative of the year.</summary>
public abstract class ExamplePublicTests<TApp>(TApp fixture) : AppTests<TApp>(fixture)
    where TApp : AppFixture
{
    [Fact]
    public async Task List_Anonymous_ShowsOnlyPublishedExamples()
    {
        using var client = AnonymousClient();

        var page = await client.GetPageAsync("/Examples?member=" + await App.MemberIdAsync("Södertälje"));

        var titles = page.QuerySelectorAll("#examples h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Contains("Solceller på alla kommunala skolor", titles);
        Assert.DoesNotContain("Elcykelpool för kommunens anställda", titles);
    }

    [Fact]
    public async Task Search_ByAWordOfTheTitle_FindsTheExample()
    {
        using var client = AnonymousClient();

        var page = await client.GetPageAsync("/Examples?q=symbios");

        Assert.Equal("Industriell symbios i Sotenäs", page.QuerySelector("#examples h2")!.TextContent.Trim());
        Assert.DoesNotContain(page.QuerySelectorAll("#examples h2"), h => h.TextContent.Contains("Solceller", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_AWordOnlyInADraft_FindsNothing()
    {
        using var client = AnonymousClient();

        var page = await client.GetPageAsync("/Examples?q=elcyklar");

        Assert.Equal("0 exempel", page.QuerySelector("#match-count")!.TextContent.Trim());
    }

    [Fact]
    public async Task Filters_AndPaging_CountAndPageInTheDatabase()
    {
        var kramfors = await App.MemberIdAsync("Kramfors");
        var water = await App.ThemeIdAsync("Water");
        var energy = await App.ThemeIdAsync("Energy");
        var now = App.Clock.GetUtcNow().UtcDateTime;
        await App.AddExamplesAsync(kramfors, 27, "Kramfors vattenexempel", 2011, [water], [6, 14], now.AddDays(-40));
        await App.AddExamplesAsync(kramfors, 3, "Kramfors energiexempel", 2012, [energy], [7], now.AddDays(-30));
        using var client = AnonymousClient();

        var all = await client.GetPageAsync($"/Examples?member={kramfors}");
        Assert.Equal("30 exempel", all.QuerySelector("#match-count")!.TextContent.Trim());
        Assert.Equal(12, all.QuerySelectorAll("#examples > li").Length);
        Assert.StartsWith("Kramfors energiexempel", all.QuerySelector("#examples h2")!.TextContent.Trim(), StringComparison.Ordinal);
        var last = await client.GetPageAsync($"/Examples?member={kramfors}&pageNo=3");
        Assert.Equal(6, last.QuerySelectorAll("#examples > li").Length);
        Assert.NotNull(last.QuerySelector("a[aria-current='page'][href*='pageNo=3']"));

        Assert.Equal("27 exempel", (await client.GetPageAsync($"/Examples?member={kramfors}&theme={water}")).QuerySelector("#match-count")!.TextContent.Trim());
        Assert.Equal("3 exempel", (await client.GetPageAsync($"/Examples?member={kramfors}&goal=7")).QuerySelector("#match-count")!.TextContent.Trim());
        Assert.Equal("27 exempel", (await client.GetPageAsync("/Examples?year=2011")).QuerySelector("#match-count")!.TextContent.Trim());
        Assert.Equal("30 exempel", (await client.GetPageAsync("/Examples?county=V%C3%A4sternorrlands%20l%C3%A4n")).QuerySelector("#match-count")!.TextContent.Trim());
        var norrland = await client.GetPageAsync("/Examples?part=Norrland&year=2012");
        Assert.Equal("3 exempel", norrland.QuerySelector("#match-count")!.TextContent.Trim());
        Assert.Equal("0 exempel", (await client.GetPageAsync("/Examples?part=Gotaland&year=2012")).QuerySelector("#match-count")!.TextContent.Trim());
    }

    [Fact]
    public async Task Feed_IsAtomWithTheNewestPublishedExamples()
    {
        await App.AddExamplesAsync(await App.MemberIdAsync("Hylte"), 1, "Nyast i flödet", 2026, [await App.ThemeIdAsync("Food")], [2], App.Clock.GetUtcNow().UtcDateTime.AddMinutes(5));
        using var client = AnonymousClient();
        using var response = await client.GetAsync("/Examples/Feed");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.Equal(atom + "feed", feed.Root!.Name);
        Assert.NotNull(feed.Root.Element(atom + "id"));
        Assert.NotNull(feed.Root.Element(atom + "updated"));
        var entries = feed.Root.Elements(atom + "entry").ToList();
        Assert.True(entries.Count >= 7, $"The feed has {entries.Count} entries.");
        Assert.All(entries, entry =>
        {
            Assert.False(string.IsNullOrWhiteSpace(entry.Element(atom + "title")?.Value));
            Assert.StartsWith("http", entry.Element(atom + "id")!.Value, StringComparison.Ordinal);
            Assert.True(DateTimeOffset.TryParse(entry.Element(atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture, out _));
            Assert.Contains("/Examples/Details/", entry.Element(atom + "link")!.Attribute("href")!.Value, StringComparison.Ordinal);
        });
        Assert.Equal("Nyast i flödet", entries[0].Element(atom + "title")!.Value);
        Assert.Equal("Hylte", entries[0].Element(atom + "author")!.Element(atom + "name")!.Value);
        Assert.DoesNotContain(entries, e => e.Element(atom + "title")!.Value == "Elcykelpool för kommunens anställda");
    }

    [Fact]
    public async Task Initiatives_ListsTheWinnersByYear_AndTheExamplePageShowsTheAward()
    {
        var lastYear = App.Clock.GetLocalNow().Year - 1;
        using var client = AnonymousClient();

        var page = await client.GetPageAsync("/Examples/Initiatives");
        Assert.Contains("Industriell symbios i Sotenäs", page.QuerySelector($"#year-{lastYear}")!.ParentElement!.TextContent, StringComparison.Ordinal);

        var ludvika = await App.MemberIdAsync("Ludvika");
        var id = (await App.AddExamplesAsync(ludvika, 1, "Ludvikas fjärrvärme", 2020, [await App.ThemeIdAsync("Energy")], [7], App.Clock.GetUtcNow().UtcDateTime.AddDays(-3))).Single();
        using var admin = await AdminAsync();
        var review = await admin.GetPageAsync($"/Admin/Examples/Review/{id}");
        using (var response = await admin.SubmitAsync(review, "#award-form", new Dictionary<string, string> { ["AwardYear"] = "2030" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        var after = await client.GetPageAsync("/Examples/Initiatives");
        var years = after.QuerySelectorAll("#winners h2").Select(h => h.Id).ToList();
        Assert.Equal("year-2030", years[0]);
        Assert.Contains($"year-{lastYear}", years);
        Assert.Contains("2030", (await client.GetPageAsync($"/Examples/Details/{id}")).QuerySelector("#award")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminCsv_ExportsTheFilteredList()
    {
        using var admin = await AdminAsync();
        using var response = await admin.GetAsync("/Admin/Examples?handler=Csv&member=" + await App.MemberIdAsync("Sotenäs"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).TrimEnd().Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.Contains("Industriell symbios i Sotenäs", lines[1], StringComparison.Ordinal);
        Assert.Contains("Publicerat", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Themes_AddedByTheSecretariat_AreOfferedToAuthorsUntilRetired()
    {
        using var admin = await AdminAsync();
        var themes = await admin.GetPageAsync("/Admin/Examples/Themes");
        using (var response = await admin.SubmitAsync(themes, "#theme-form", new Dictionary<string, string> { ["Input.NameSv"] = "Buller", ["Input.NameEn"] = "Noise" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        var id = await App.ThemeIdAsync("Noise");
        using var author = await ContactPersonAsync(DemoMembers.Sodertalje);
        Assert.NotNull((await author.GetPageAsync("/Organisation/Examples/Edit")).QuerySelector($"#theme-{id}"));

        using (var duplicate = await admin.SubmitAsync(await admin.GetPageAsync("/Admin/Examples/Themes"), "#theme-form",
            new Dictionary<string, string> { ["Input.NameSv"] = "Buller", ["Input.NameEn"] = "Noise again" }))
        {
            Assert.Equal(HttpStatusCode.OK, duplicate.StatusCode);
            Assert.Contains("Buller", (await Browsing.ParseAsync(duplicate)).QuerySelector("#name-sv-error")!.TextContent, StringComparison.Ordinal);
        }

        var list = await admin.GetPageAsync("/Admin/Examples/Themes");
        using (var retire = await admin.SubmitAsync(list, $"tr[data-theme-id='{id}'] form[action*='Toggle']", new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.Redirect, retire.StatusCode);
        }

        Assert.Null((await author.GetPageAsync("/Organisation/Examples/Edit")).QuerySelector($"#theme-{id}"));
    }
}

public sealed class ExamplePublicTestsOnSqlite(SqliteApp fixture) : ExamplePublicTests<SqliteApp>(fixture);

public sealed class ExamplePublicTestsOnPostgres(PostgresApp fixture) : ExamplePublicTests<PostgresApp>(fixture)
{
    [Fact]
    public async Task Search_AnotherInflectionOfASwedishWord_FindsTheExampleByItsStem()
    {
        using var client = AnonymousClient();

        // The example says "solceller"; Swedish stemming makes both "solcell".
        var page = await client.GetPageAsync("/Examples?q=solcellerna");

        Assert.Equal("Solceller på alla kommunala skolor", page.QuerySelector("#examples h2")!.TextContent.Trim());
    }
}
