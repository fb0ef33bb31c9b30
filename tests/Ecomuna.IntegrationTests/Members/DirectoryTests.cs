using System.Net;
using Ecomuna.Core.Data;
using Ecomuna.Core.Members;
using Ecomuna.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ecomuna.IntegrationTests.Members;

public abstract class DirectoryTests<TApp>(TApp fixture) : AppTests<TApp>(fixture)
    where TApp : AppFixture
{
    [Fact]
    public async Task Directory_FirstPage_ShowsTwentyFiveOfAllActiveMembersInNameOrder()
    {
        int active;
        using (var scope = App.Services.CreateScope())
        {
            active = await scope.ServiceProvider.GetRequiredService<EcomunaDbContext>().Members.CountAsync(m => m.Status == MembershipStatus.Active);
        }

        using var client = AnonymousClient();
        var page = await client.GetPageAsync("/Members");

        var names = page.QuerySelectorAll("tbody th a").Select(a => a.TextContent).ToList();
        Assert.Equal(25, names.Count);
        Assert.Equal(names.Order(StringComparer.Ordinal).First(), names[0]);
        Assert.Equal($"{active} medlemmar", page.QuerySelector("[role=status]")!.TextContent);
        Assert.Equal((active + 24) / 25, page.QuerySelectorAll(".pagination a").Length);
    }

    [Fact]
    public async Task Directory_SearchWithDifferentCaseAndSwedishLetters_FindsTheMember()
    {
        using var client = AnonymousClient();
        var page = await client.GetPageAsync("/Members?search=ÖSTERÅ");

        var names = page.QuerySelectorAll("tbody th a").Select(a => a.TextContent).ToList();
        Assert.Equal(["Österåker"], names);
    }

    [Fact]
    public async Task Directory_FilterByPartOfCountry_ShowsOnlyThatPart()
    {
        using var client = AnonymousClient();
        var page = await client.GetPageAsync("/Members?part=Norrland&pageNo=1");

        var parts = page.QuerySelectorAll("tbody tr td:nth-child(4)").Select(td => td.TextContent).Distinct().ToList();
        Assert.Equal(["Norrland"], parts);
        Assert.Contains("21", page.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Directory_PagerLink_ShowsTheNextMembersAndKeepsTheFilter()
    {
        using var client = AnonymousClient();
        var first = await client.GetPageAsync("/Members");
        var link = first.QuerySelectorAll("nav .pagination a").Single(a => a.TextContent.Trim() == "2");

        var second = await client.GetPageAsync(link.GetAttribute("href")!);

        var firstNames = first.QuerySelectorAll("tbody th a").Select(a => a.TextContent).ToList();
        var secondNames = second.QuerySelectorAll("tbody th a").Select(a => a.TextContent).ToList();
        Assert.NotEmpty(secondNames);
        Assert.Empty(firstNames.Intersect(secondNames));
    }

    [Fact]
    public async Task MemberPage_ShowsOnlyContactsWhoAgreedToBeShown()
    {
        int memberId;
        string hidden, shown;
        using (var scope = App.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
            var member = await db.Members.Include(m => m.Contacts).SingleAsync(m => m.Name == "Ekerö");
            member.Contacts[0].ShowPublicly = false;
            member.Contacts[1].ShowPublicly = true;
            await db.SaveChangesAsync();
            (memberId, hidden, shown) = (member.Id, member.Contacts[0].Email, member.Contacts[1].Email);
        }

        using var client = AnonymousClient();
        var page = await client.GetPageAsync($"/Members/Details/{memberId}");

        Assert.Equal("Ekerö", page.QuerySelector("h1")!.TextContent);
        Assert.Contains(shown, page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(hidden, page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MemberPage_ForAResignedMember_IsNotFound()
    {
        int memberId;
        using (var scope = App.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
            var member = await db.Members.SingleAsync(m => m.Name == "Älmhult");
            Assert.Null(member.Resign(member.MemberSince ?? new DateOnly(2020, 12, 31)));
            await db.SaveChangesAsync();
            memberId = member.Id;
        }

        using var client = AnonymousClient();
        using var response = await client.GetAsync($"/Members/Details/{memberId}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

public sealed class DirectoryTestsOnSqlite(SqliteApp fixture) : DirectoryTests<SqliteApp>(fixture);

public sealed class DirectoryTestsOnPostgres(PostgresApp fixture) : DirectoryTests<PostgresApp>(fixture);
