using System.Net;
using System.Xml.Linq;
using Ecomuna.Core.Data;
using Ecomuna.Core.Demo;
using Ecomuna.Core.Site;
using Ecomuna.IntegrationTests.Infrastructure;
using Ecomuna.IntegrationTests.Examples;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ecomuna.IntegrationTests.Site;

/// <summary>News: drafts stay with the secretariat, published posts reach the list, the feed and the home page.</summary>
public abstract class NewsTests<TApp>(TApp fixture) : AppTests<TApp>(fixture)
    where TApp : AppFixture
{
    private const int DraftId = 5;
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task Draft_IsNotFoundForThePublic_ButTheSecretariatSeesAPreview()
    {
        using var anonymous = AnonymousClient();
        using var response = await anonymous.GetAsync($"/News/Details/{DraftId}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var image = await anonymous.GetAsync($"/News/Image/{DraftId}");
        Assert.Equal(HttpStatusCode.NotFound, image.StatusCode);
        var list = await anonymous.GetPageAsync("/News");
        Assert.DoesNotContain(list.QuerySelectorAll("#news h2"), h => h.TextContent.Contains("Utkast", StringComparison.Ordinal));

        using var admin = await AdminAsync();
        var preview = await admin.GetPageAsync($"/News/Details/{DraftId}");
        Assert.NotNull(preview.QuerySelector("#not-published"));
    }

    [Fact]
    public async Task Published_IsInTheListAndHasItsPage_OneInTheOtherLanguageOnlyWithANote()
    {
        using var client = AnonymousClient();

        var list = await client.GetPageAsync("/News");
        var titles = list.QuerySelectorAll("#news h2").Select(h => h.TextContent.Trim()).Take(4).ToList();
        Assert.Equal(["Årets initiativ utsett", "Webinar with RAMCC in Argentina", "Gröna nyckeltal: insamlingen har startat", "Välkommen till årskonferensen i Södertälje"], titles);

        var englishOnly = await client.GetPageAsync("/News/Details/3");
        Assert.Equal("Webinar with RAMCC in Argentina", englishOnly.QuerySelector("h1")!.TextContent);
        Assert.Equal("en", englishOnly.QuerySelector("h1")!.ParentElement!.GetAttribute("lang"));
        Assert.Contains("bara på engelska", englishOnly.QuerySelector("#other-language")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Screenshot of the online meeting", englishOnly.QuerySelector("main img")!.GetAttribute("alt"));
        Assert.Contains("/News/Image/3?v=", englishOnly.QuerySelector("meta[property='og:image']")!.GetAttribute("content"), StringComparison.Ordinal);

        var both = await client.GetPageAsync("/News/Details/1?culture=en");
        Assert.Equal("Welcome to the annual conference in Södertälje", both.QuerySelector("h1")!.TextContent);
        Assert.Null(both.QuerySelector("#other-language"));
    }

    [Fact]
    public async Task Feed_IsAtomWithThePublishedPostsOnly()
    {
        using var client = AnonymousClient();
        using var response = await client.GetAsync("/News/Feed");

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(Atom + "feed", feed.Root!.Name);
        var entries = feed.Root.Elements(Atom + "entry").ToList();
        var ids = entries.Select(e => e.Element(Atom + "id")!.Value.Split('/')[^1]).ToList();
        Assert.Equal(["4", "3", "2", "1"], ids.Take(4));
        Assert.All(entries, e => Assert.NotEmpty(e.Element(Atom + "id")!.Value));
        Assert.Equal("Årets initiativ utsett", entries[0].Element(Atom + "title")!.Value);
        Assert.DoesNotContain(entries, e => e.Element(Atom + "id")!.Value.EndsWith($"/News/Details/{DraftId}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AdminWritesAPost_NeedsAPictureByContentAndEachLanguageComplete_ThenItIsPublished()
    {
        using var admin = await AdminAsync();
        var form = await admin.GetPageAsync("/Admin/News/Edit");
        var values = new Dictionary<string, string>
        {
            ["Input.TitleSv"] = "Nytt om cykelvägar", ["Input.SummarySv"] = "Kort om cykelvägar.", ["Input.BodySv"] = "Mer **text**.",
            ["Input.ImageAltSv"] = "", ["Input.TitleEn"] = "", ["Input.IsPublished"] = "true", ["Input.PublishOn"] = "2001-02-03",
        };

        using (var refused = await admin.SubmitWithFilesAsync(form, "#news-form",
            new Dictionary<string, (string, byte[])> { ["Upload"] = ("cykel.png", "not a picture"u8.ToArray()) }, values))
        {
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            var page = await Browsing.ParseAsync(refused);
            Assert.Contains("inte en JPEG-, PNG- eller WebP-bild", page.QuerySelector("#upload-error")!.TextContent, StringComparison.Ordinal);
            Assert.Contains("Beskriv bilden på svenska", page.QuerySelector("#Input_ImageAltSv-error")!.TextContent, StringComparison.Ordinal);
            Assert.Equal("Nytt om cykelvägar", page.QuerySelector("#Input_TitleSv")!.GetAttribute("value"));
        }

        values["Input.ImageAltSv"] = "En cykelväg i snö";
        using (var saved = await admin.SubmitWithFilesAsync(form, "#news-form",
            new Dictionary<string, (string, byte[])> { ["Upload"] = ("cykel.jpg", SimplePng.Gradient(64, 36, (0, 0, 0), (255, 255, 255))) }, values))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        using var scope = App.Services.CreateScope();
        var post = await scope.ServiceProvider.GetRequiredService<EcomunaDbContext>().NewsPosts.SingleAsync(p => p.TitleSv == "Nytt om cykelvägar");
        Assert.Equal(("image/png", 64, 36), (post.ImageContentType, post.ImageWidth, post.ImageHeight));
        Assert.Null(post.TitleEn);

        using var anonymous = AnonymousClient();
        var english = await anonymous.GetPageAsync($"/News/Details/{post.Id}?culture=en");
        Assert.Contains("only available in Swedish", english.QuerySelector("#other-language")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminList_ShowsDraftsAndPages_AndIsForTheSecretariatOnly()
    {
        using var admin = await AdminAsync();
        var list = await admin.GetPageAsync("/Admin/News");
        Assert.Contains(list.QuerySelectorAll("#posts td"), td => td.TextContent == "Utkast");

        using var contact = await ContactPersonAsync(DemoMembers.Sodertalje);
        using var denied = await contact.GetAsync("/Admin/News/Edit/1");
        Assert.Contains("/Account/AccessDenied", denied.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}

public sealed class NewsTestsOnSqlite(SqliteApp fixture) : NewsTests<SqliteApp>(fixture);

public sealed class NewsTestsOnPostgres(PostgresApp fixture) : NewsTests<PostgresApp>(fixture);
