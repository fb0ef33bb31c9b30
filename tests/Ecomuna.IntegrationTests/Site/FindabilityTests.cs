using System.Net;
using System.Xml.Linq;
using Ecomuna.Core.Data;
using Ecomuna.Core.Members;
using Ecomuna.Core.Site;
using Ecomuna.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ecomuna.IntegrationTests.Site;

/// <summary>What search engines and sharing need: the sitemap, robots.txt, canonical and language links, titles; and the home page's figures.</summary>
public abstract class FindabilityTests<TApp>(TApp fixture) : AppTests<TApp>(fixture)
    where TApp : AppFixture
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public async Task Sitemap_HasThePublishedThings_ButNoDraftsOrMembersOnlyEvents()
    {
        using var client = AnonymousClient();
        using var response = await client.GetAsync("/sitemap.xml");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var locations = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!.Elements(Sitemap + "url")
            .Select(u => new Uri(u.Element(Sitemap + "loc")!.Value).PathAndQuery).ToList();
        Assert.Contains("/", locations);
        Assert.Contains("/News/Details/1", locations);
        Assert.DoesNotContain("/News/Details/5", locations);
        Assert.Contains("/Examples/Details/1", locations);
        Assert.DoesNotContain("/Examples/Details/8", locations);
        Assert.Contains("/Events/Details/1", locations);
        Assert.DoesNotContain("/Events/Details/3", locations);
        Assert.DoesNotContain("/Events/Details/4", locations);
        Assert.Contains("/About/principles", locations);
        Assert.Contains("/About/accessibility", locations);
        Assert.Contains("/Privacy", locations);
        Assert.DoesNotContain("/About/privacy", locations);
        Assert.Contains("/International/argentina", locations);
        Assert.DoesNotContain(locations, l => l.StartsWith("/Admin", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Robots_KeepsCrawlersOutOfTheSignedInParts_AndPointsToTheSitemap()
    {
        using var client = AnonymousClient();
        using var response = await client.GetAsync("/robots.txt");

        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.TrimEntries);
        Assert.Contains("User-agent: *", lines);
        Assert.Contains("Disallow: /Admin", lines);
        Assert.Contains("Disallow: /Account", lines);
        Assert.Contains("Disallow: /Organisation", lines);
        Assert.Contains(lines, l => l.StartsWith("Sitemap: http", StringComparison.Ordinal) && l.EndsWith("/sitemap.xml", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OldPrivacyAddress_LeadsToThePrivacyNotice()
    {
        using var client = AnonymousClient();
        using var response = await client.GetAsync("/About/privacy");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/Privacy", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/Examples?theme=2", "/Examples?theme=2")]
    [InlineData("/News", "/News")]
    [InlineData("/About/accessibility", "/About/accessibility")]
    [InlineData("/Privacy", "/Privacy")]
    public async Task PublicPage_HasACanonicalAndLanguageAlternatesThatWork(string url, string path)
    {
        using var client = AnonymousClient();
        var page = await client.GetPageAsync(url);
        var separator = path.Contains('?', StringComparison.Ordinal) ? "&" : "?";

        Assert.EndsWith(path, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.EndsWith($"{path}{separator}culture=en", page.QuerySelector("link[hreflang=en]")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.EndsWith($"{path}{separator}culture=sv", page.QuerySelector("link[hreflang=sv]")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.EndsWith(path, page.QuerySelector("link[hreflang=x-default]")!.GetAttribute("href"), StringComparison.Ordinal);

        var english = await client.GetPageAsync(new Uri(page.QuerySelector("link[hreflang=en]")!.GetAttribute("href")!).PathAndQuery);
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.EndsWith($"{path}{separator}culture=en", english.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal("sv", (await client.GetPageAsync(url)).DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task SignedInPages_HaveNoCanonical()
    {
        using var client = AnonymousClient();
        var login = await client.GetPageAsync("/Account/Login");

        Assert.Null(login.QuerySelector("link[rel=canonical]"));
    }

    [Theory]
    [InlineData("/", "Start – Ecomuna")]
    [InlineData("/News", "Nyheter – Ecomuna")]
    [InlineData("/About/contact", "Kontakt – Ecomuna")]
    [InlineData("/International", "Internationellt samarbete – Ecomuna")]
    public async Task PublicPage_HasItsOwnTitleAndDescription(string url, string title)
    {
        using var client = AnonymousClient();
        var page = await client.GetPageAsync(url);

        Assert.Equal(title, page.Title);
        Assert.NotEqual(
            "Ecomuna är medlems- och nätverksportalen för ekokommuner: medlemmar, gröna nyckeltal, goda exempel och evenemang.",
            page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
    }

    [Fact]
    public async Task Home_CountsActiveMembers_AndTheShareOfSwedenLivingInAMemberMunicipality()
    {
        long population;
        int active;
        using (var scope = App.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
            active = await db.Members.CountAsync(m => m.Status == MembershipStatus.Active);
            var municipalities = await db.Members.Where(m => m.Status == MembershipStatus.Active && m.Kind == MemberKind.Municipality && m.CountryCode == "SE")
                .Select(m => m.Populations.OrderByDescending(p => p.Year).Select(p => p.Population).FirstOrDefault()).ToListAsync();
            population = municipalities.Sum(p => (long)p);
        }

        using var client = AnonymousClient();
        var home = await client.GetPageAsync("/?culture=en");

        Assert.Equal(active.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("en-GB")), home.QuerySelector("#member-count")!.TextContent);
        var share = (double)population / new SiteOptions().SwedenPopulation;
        Assert.Equal(share.ToString("P0", System.Globalization.CultureInfo.GetCultureInfo("en-GB")), home.QuerySelector("#population-share")!.TextContent);
        Assert.Equal(3, home.QuerySelectorAll("#home-news > li").Length);
        Assert.Equal(3, home.QuerySelectorAll("#home-examples > li").Length);
        Assert.NotNull(home.QuerySelector("#initiative a[href='/Examples/Details/2']"));
        Assert.DoesNotContain(home.QuerySelectorAll("#home-events a"), a => a.GetAttribute("href") is "/Events/Details/3" or "/Events/Details/4");
    }

    [Fact]
    public async Task Home_ShareFollowsThePopulationData()
    {
        using (var scope = App.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
            var before = await MemberFigures.ComputeAsync(db);
            var member = await db.Members.Where(m => m.Status == MembershipStatus.Active && m.Kind == MemberKind.Municipality).OrderBy(m => m.Id).FirstAsync();
            var latest = await db.PopulationFigures.Where(p => p.MemberId == member.Id).MaxAsync(p => p.Year);
            db.PopulationFigures.Add(new PopulationFigure { MemberId = member.Id, Year = latest + 1, Population = 2_000_000 });
            var oldFigure = await db.PopulationFigures.Where(p => p.MemberId == member.Id && p.Year == latest).Select(p => p.Population).SingleAsync();
            await db.SaveChangesAsync();

            var after = await MemberFigures.ComputeAsync(db);
            Assert.Equal(before.SwedishMunicipalityPopulation - oldFigure + 2_000_000, after.SwedishMunicipalityPopulation);
            Assert.Equal(before.ActiveMembers, after.ActiveMembers);
        }
    }
}

public sealed class FindabilityTestsOnSqlite(SqliteApp fixture) : FindabilityTests<SqliteApp>(fixture);

public sealed class FindabilityTestsOnPostgres(PostgresApp fixture) : FindabilityTests<PostgresApp>(fixture);
