using System.Net;
using Ecomuna.Core.Accounts;
using Ecomuna.Core.Demo;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Ecomuna.IntegrationTests.Infrastructure;

namespace Ecomuna.IntegrationTests.Site;

public abstract class HomeTests<TApp>(TApp fixture) : AppTests<TApp>(fixture)
    where TApp : AppFixture
{
    [Fact]
    public async Task Home_InSwedishByDefault_SaysWhatEcomunaIsAndCountsTheDemoMembers()
    {
        using var client = AnonymousClient();
        var page = await client.GetPageAsync("/");

        Assert.Equal("sv", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Välkommen till Ecomuna", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("95", page.QuerySelector("main dl")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LanguageSwitch_ToEnglish_IsRememberedAndFormatsMoney()
    {
        using var client = AnonymousClient();
        var page = await client.GetPageAsync("/Principles");

        using var switched = await client.SubmitAsync(page, "form[action^='/Culture']", new Dictionary<string, string>(), submitButton: "culture");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/Principles", switched.Headers.Location!.OriginalString);

        var home = await client.GetPageAsync("/");
        Assert.Equal("en", home.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Welcome to Ecomuna", home.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("SEK\u00a025,000", home.QuerySelector("main dl")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LanguageSwitch_WhenSignedIn_BecomesTheLanguageOfTheirEmails()
    {
        using var client = await NetworkMemberAsync();
        var page = await client.GetPageAsync("/");

        using var switched = await client.SubmitAsync(page, "form[action^='/Culture']", new Dictionary<string, string>(), submitButton: "culture");

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        using var scope = App.Services.CreateScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(DemoDataSeeder.NetworkMemberEmail);
        Assert.Equal("en", user!.PreferredLanguage);
    }

    [Fact]
    public async Task UnknownAddress_Answers404WithAPageThatSaysSo()
    {
        using var client = AnonymousClient();
        using var response = await client.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await Browsing.ParseAsync(response);
        Assert.Equal("Sidan finns inte", page.QuerySelector("h1")!.TextContent);
    }

    [Theory]
    [InlineData("en-US,en;q=0.9", "en")]
    [InlineData("de-DE, en-AU;q=0.5", "en")]
    [InlineData("fi-FI", "sv")]
    public async Task Home_ForBrowserLanguage_SpeaksTheClosestLanguageWeHave(string acceptLanguage, string expected)
    {
        using var client = AnonymousClient();
        client.DefaultRequestHeaders.Add("Accept-Language", acceptLanguage);

        var page = await client.GetPageAsync("/");

        Assert.Equal(expected, page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task Health_WithReachableDatabase_IsHealthy()
    {
        using var client = AnonymousClient();
        using var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}

public sealed class HomeTestsOnSqlite(SqliteApp fixture) : HomeTests<SqliteApp>(fixture);

public sealed class HomeTestsOnPostgres(PostgresApp fixture) : HomeTests<PostgresApp>(fixture);
