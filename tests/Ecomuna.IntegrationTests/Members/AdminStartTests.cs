using Ecomuna.Core.Data;
using Ecomuna.Core.Members;
using Ecomuna.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ecomuna.IntegrationTests.Members;

public sealed class AdminStartTests(SqliteApp fixture) : AppTests<SqliteApp>(fixture)
{
    [Fact]
    public async Task StartPage_CountsMembersWhoHaveNotConfirmedTheirDetailsForAYear()
    {
        using var client = await AdminAsync();
        var before = await CountAsync(client);

        await ExecuteAsync(async db =>
        {
            var members = await db.Members.Where(m => m.Status == MembershipStatus.Active).OrderBy(m => m.Id).Take(2).ToListAsync();
            members[0].DetailsConfirmedAt = App.Clock.GetUtcNow().AddMonths(-2);
            members[1].DetailsConfirmedAt = App.Clock.GetUtcNow().AddMonths(-13);
        });

        Assert.Equal(before - 1, await CountAsync(client));
    }

    [Fact]
    public async Task StartPage_NotConfirmedCount_LinksToTheMemberListOfExactlyThoseMembers()
    {
        using var client = await AdminAsync();
        var start = await client.GetPageAsync("/Admin");
        var link = start.QuerySelector("a#not-confirmed")!;

        var list = await client.GetPageAsync(link.GetAttribute("href")!);

        static string Digits(string text) => new([.. text.Where(char.IsAsciiDigit)]);
        Assert.Equal(Digits(link.TextContent), Digits(list.QuerySelector("#match-count")!.TextContent));
        Assert.NotNull(list.QuerySelector("input#notConfirmed[checked]"));
        Assert.Equal("Active", list.QuerySelector("select#status option[selected]")!.GetAttribute("value"));
    }

    private static async Task<int> CountAsync(HttpClient client)
    {
        var page = await client.GetPageAsync("/Admin");
        var row = page.QuerySelectorAll("tbody tr").Single(tr => tr.TextContent.Contains("12 månader", StringComparison.Ordinal));
        return int.Parse(row.QuerySelector("td")!.TextContent.Replace("\u00a0", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
    }
}
