using System.Net;
using System.Text;
using Ecomuna.Core.Data;
using Ecomuna.Core.Members;
using Ecomuna.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ecomuna.IntegrationTests.Members;

public abstract class MemberListTests<TApp>(TApp fixture) : AppTests<TApp>(fixture)
    where TApp : AppFixture
{
    [Fact]
    public async Task List_FirstPage_Shows25RowsAndSays95Matches()
    {
        using var client = await AdminAsync();

        var page = await client.GetPageAsync("/Admin/Members");

        Assert.Equal(25, page.QuerySelectorAll("#members tbody tr").Length);
        Assert.Contains("95", page.QuerySelector("#match-count")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("1", page.QuerySelector(".pagination [aria-current='page']")!.TextContent.Trim().Split().Last());
    }

    [Fact]
    public async Task List_Page4_ShowsTheRemaining20()
    {
        using var client = await AdminAsync();
        var first = await client.GetPageAsync("/Admin/Members");
        var pageFour = first.QuerySelectorAll(".pagination a").Single(a => a.TextContent.Trim().EndsWith('4')).GetAttribute("href")!;

        var page = await client.GetPageAsync(pageFour);

        Assert.Equal(20, page.QuerySelectorAll("#members tbody tr").Length);
        Assert.NotNull(page.QuerySelector(".pagination a[href='" + pageFour + "'][aria-current='page']"));
    }

    [Fact]
    public async Task List_FilteredByNorrland_ShowsOnlyNorrlandMembers()
    {
        using var client = await AdminAsync();
        var norrland = await CountAsync(m => m.PartOfCountry == PartOfCountry.Norrland);

        var page = await client.GetPageAsync("/Admin/Members?part=Norrland");

        var parts = page.QuerySelectorAll("#members tbody tr").Select(row => row.QuerySelectorAll("td")[2].TextContent.Trim()).ToList();
        Assert.NotEmpty(parts);
        Assert.All(parts, part => Assert.Equal("Norrland", part));
        Assert.Contains(norrland.ToString(System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector("#match-count")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Norrland", page.QuerySelector("select#part option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task List_SearchInLowerCase_FindsSodertalje()
    {
        using var client = await AdminAsync();

        var page = await client.GetPageAsync("/Admin/Members?q=" + Uri.EscapeDataString("söder"));

        var names = page.QuerySelectorAll("#members tbody th a").Select(a => a.TextContent).ToList();
        Assert.Contains("Södertälje", names);
        Assert.All(names, name => Assert.Contains("söder", name.ToLowerInvariant(), StringComparison.Ordinal));
        Assert.Equal("söder", page.QuerySelector("input#q")!.GetAttribute("value"));
    }

    [Fact]
    public async Task List_SortedByPopulationDescending_PutsStockholmFirst()
    {
        using var client = await AdminAsync();
        var first = await client.GetPageAsync("/Admin/Members");
        var ascending = first.QuerySelectorAll("#members thead a").Single(a => a.GetAttribute("href")!.Contains("sort=population", StringComparison.Ordinal));
        var sortedOnce = await client.GetPageAsync(ascending.GetAttribute("href")!);
        var descending = sortedOnce.QuerySelectorAll("#members thead a").Single(a => a.GetAttribute("href")!.Contains("sort=population", StringComparison.Ordinal));

        var page = await client.GetPageAsync(descending.GetAttribute("href")!);

        Assert.Equal("Stockholm", page.QuerySelector("#members tbody tr th a")!.TextContent);
        Assert.Equal("descending", page.QuerySelectorAll("#members thead th")[4].GetAttribute("aria-sort"));
    }

    [Fact]
    public async Task CsvExport_OfAFilter_ReturnsExactlyTheFilteredMembersWithAHeader()
    {
        using var client = await AdminAsync();
        var list = await client.GetPageAsync("/Admin/Members?part=Norrland&kind=Municipality");
        var expected = await NamesAsync(m => m.PartOfCountry == PartOfCountry.Norrland && m.Kind == MemberKind.Municipality);

        using var response = await client.GetAsync(list.QuerySelector("a#export-csv")!.GetAttribute("href"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Namn,Typ,Status,Län,Landsdel,Land,Organisationsnummer,Folkmängd", lines[0], StringComparison.Ordinal);
        Assert.Equal(expected, lines[1..].Select(line => line.Split(',')[0]).Order(StringComparer.Ordinal).ToList());
        Assert.All(lines[1..], line => Assert.Contains(",Norrland,", line, StringComparison.Ordinal));
    }

    [Fact]
    public async Task CsvExport_NameWithCommaOrLeadingEquals_IsQuotedAndNeutralised()
    {
        using var client = await AdminAsync();
        var ids = new List<int>();
        using (var scope = App.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
            var members = new[]
            {
                Build.Member("Berg, Dal och Å", county: "Exportlän"),
                Build.Member("=HYPERLINK(\"http://evil\")", county: "Exportlän"),
            };
            db.Members.AddRange(members);
            await db.SaveChangesAsync();
            ids.AddRange(members.Select(m => m.Id));
        }

        try
        {
            using var response = await client.GetAsync("/Admin/Members?handler=Csv&county=Exportl%C3%A4n");

            var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(3, lines.Length);
            Assert.Contains(lines, line => line.StartsWith("\"Berg, Dal och Å\",", StringComparison.Ordinal));
            Assert.Contains(lines, line => line.StartsWith("\"'=HYPERLINK(\"\"http://evil\"\")\",", StringComparison.Ordinal));
        }
        finally
        {
            using var scope = App.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
            await db.ChangeLog.Where(e => ids.Contains(e.MemberId)).ExecuteDeleteAsync();
            await db.Members.Where(m => ids.Contains(m.Id)).ExecuteDeleteAsync();
        }
    }

    [Fact]
    public async Task List_NotConfirmedFor12Months_ShowsMembersNotConfirmedSinceAYearAgoAndKeepsTheFilterInLinksAndCsv()
    {
        var now = App.Clock.GetUtcNow();
        await ExecuteAsync(async db =>
        {
            var members = await db.Members.Where(m => m.Name == "Stockholm" || m.Name == "Huddinge" || m.Name == "Ekerö").ToDictionaryAsync(m => m.Name);
            members["Stockholm"].DetailsConfirmedAt = now.AddMonths(-11);
            members["Huddinge"].DetailsConfirmedAt = now.AddMonths(-13);
            members["Ekerö"].DetailsConfirmedAt = null;
        });

        using var client = await AdminAsync();
        const string url = "/Admin/Members?county=Stockholms%20l%C3%A4n&notConfirmed=true";

        var page = await client.GetPageAsync(url);

        var names = page.QuerySelectorAll("#members tbody th a").Select(a => a.TextContent).ToList();
        Assert.Contains("Huddinge", names);
        Assert.Contains("Ekerö", names);
        Assert.DoesNotContain("Stockholm", names);
        Assert.NotNull(page.QuerySelector("input#notConfirmed[checked]"));
        Assert.All(page.QuerySelectorAll("#members thead a"), a => Assert.Contains("notConfirmed=true", a.GetAttribute("href")!, StringComparison.Ordinal));
        var csvLink = page.QuerySelector("a#export-csv")!.GetAttribute("href")!;
        Assert.Contains("notConfirmed=true", csvLink, StringComparison.Ordinal);
        var csv = await client.GetStringAsync(csvLink);
        var csvNames = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries)[1..].Select(line => line.Split(',')[0]).ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal), csvNames.Order(StringComparer.Ordinal));

        // Two months on (and signed in again, as the sign-in has expired by then) Stockholm's confirmation is too old as well.
        App.Clock.Advance(TimeSpan.FromDays(62));
        using var laterClient = await AdminAsync();
        var later = await laterClient.GetPageAsync(url);

        Assert.Contains("Stockholm", later.QuerySelectorAll("#members tbody th a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task List_NotConfirmedOnALaterPage_KeepsTheFilterInThePagingLinks()
    {
        using var client = await AdminAsync();

        var page = await client.GetPageAsync("/Admin/Members?notConfirmed=true");

        var pages = page.QuerySelectorAll(".pagination a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(pages);
        Assert.All(pages, href => Assert.Contains("notConfirmed=true", href, StringComparison.Ordinal));
    }

    private Task<int> CountAsync(System.Linq.Expressions.Expression<Func<Member, bool>> filter) =>
        QueryAsync(db => db.Members.CountAsync(filter));

    private async Task<List<string>> NamesAsync(System.Linq.Expressions.Expression<Func<Member, bool>> filter)
    {
        using var scope = App.Services.CreateScope();
        var names = await scope.ServiceProvider.GetRequiredService<EcomunaDbContext>().Members.Where(filter).Select(m => m.Name).ToListAsync();
        return [.. names.Order(StringComparer.Ordinal)];
    }
}

public sealed class MemberListTestsOnSqlite(SqliteApp fixture) : MemberListTests<SqliteApp>(fixture);

public sealed class MemberListTestsOnPostgres(PostgresApp fixture) : MemberListTests<PostgresApp>(fixture);
