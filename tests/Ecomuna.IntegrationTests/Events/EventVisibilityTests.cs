using System.Net;
using Ecomuna.IntegrationTests.Infrastructure;

namespace Ecomuna.IntegrationTests.Events;

/// <summary>
/// Who sees which demo event: 1 and 2 are public, 3 is for members (the autumn congress), 4 is the board's meeting,
/// 5 is a past public webinar.
/// </summary>
public abstract class EventVisibilityTests<TApp>(TApp fixture) : AppTests<TApp>(fixture)
    where TApp : AppFixture
{
    private const string Congress = "Höstkongress (digital)";
    private const string Board = "Styrelsemöte";
    private const string Webinar = "Webbinarium: gröna nyckeltal i praktiken";

    [Fact]
    public async Task Calendar_Anonymous_SeesPublicEventsOnly()
    {
        using var client = AnonymousClient();

        var titles = await TitlesAsync(client, "/Events");

        Assert.Contains(Webinar, titles);
        Assert.DoesNotContain(Congress, titles);
        Assert.DoesNotContain(Board, titles);
        Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync(client, "/Events/Details/3"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync(client, "/Events/Details/4"));
    }

    [Fact]
    public async Task Calendar_ContactPerson_SeesMembersEventButNotTheBoards()
    {
        using var client = await ContactPersonAsync(DemoMembers.Sodertalje);

        var titles = await TitlesAsync(client, "/Events");

        Assert.Contains(Congress, titles);
        Assert.DoesNotContain(Board, titles);
        Assert.Equal(HttpStatusCode.OK, await StatusOfAsync(client, "/Events/Details/3"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync(client, "/Events/Details/4"));
    }

    [Fact]
    public async Task Calendar_NetworkMember_SeesPublicEventsOnly()
    {
        using var client = await NetworkMemberAsync();

        Assert.DoesNotContain(Congress, await TitlesAsync(client, "/Events"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync(client, "/Events/Details/3"));
    }

    [Fact]
    public async Task Calendar_Admin_SeesEveryEvent()
    {
        using var client = await AdminAsync();

        var titles = await TitlesAsync(client, "/Events");

        Assert.Contains(Congress, titles);
        Assert.Contains(Board, titles);
        Assert.Equal(HttpStatusCode.OK, await StatusOfAsync(client, "/Events/Details/4"));
    }

    [Fact]
    public async Task Calendar_PastAndKindFilters_ShowThePastWebinarOnly()
    {
        using var client = AnonymousClient();

        var past = await TitlesAsync(client, "/Events?past=true&kind=Webinar");
        var upcomingWebinars = await TitlesAsync(client, "/Events?kind=Webinar");

        Assert.Equal(["Webbinarium: cirkulär upphandling"], past);
        Assert.Equal([Webinar], upcomingWebinars);
    }

    [Fact]
    public async Task Details_InEnglish_ShowsTheTimeInTheEventsTimeZoneAndPrices()
    {
        using var client = AnonymousClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB");

        var page = await client.GetPageAsync("/Events/Details/1");

        // The demo conference starts at 07:00 UTC in May, which is 09:00 in Sweden (summer time).
        var when = page.QuerySelector("time")!.TextContent;
        Assert.Matches(@"^\w+day 21 May \d{4} 09:00 – \w+day 22 May \d{4} 16:00$", when);
        Assert.Contains("SEK", page.QuerySelector("#prices")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("<strong>årsmöte</strong>", page.QuerySelector(".event-description strong")!.OuterHtml);
        Assert.Contains("150 seats left", page.QuerySelector("#seats")!.TextContent, StringComparison.Ordinal);
    }

    private static async Task<List<string>> TitlesAsync(HttpClient client, string url) =>
        [.. (await client.GetPageAsync(url)).QuerySelectorAll("main h2 a").Select(a => a.TextContent)];

    private static async Task<HttpStatusCode> StatusOfAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        return response.StatusCode;
    }
}

public sealed class EventVisibilityTestsOnSqlite(SqliteApp fixture) : EventVisibilityTests<SqliteApp>(fixture);

public sealed class EventVisibilityTestsOnPostgres(PostgresApp fixture) : EventVisibilityTests<PostgresApp>(fixture);
