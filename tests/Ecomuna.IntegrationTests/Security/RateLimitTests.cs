using System.Net;
using Ecomuna.Core.Data;
using Ecomuna.IntegrationTests.Infrastructure;

namespace Ecomuna.IntegrationTests.Security;

/// <summary>The login and public forms answer 429 with a page in the visitor's language once a client posts too often.</summary>
public sealed class RateLimitTests : IAsyncLifetime
{
    private string _connectionString = "";
    private EcomunaApp App { get; set; } = null!;

    public async Task InitializeAsync()
    {
        _connectionString = await TestDatabases.CreateAsync(DatabaseProvider.Sqlite);
        App = new EcomunaApp(DatabaseProvider.Sqlite, _connectionString)
        {
            Settings = new Dictionary<string, string>
            {
                ["RateLimits:Login:PermitLimit"] = "3",
                ["RateLimits:Login:Window"] = "01:00:00",
                ["RateLimits:PublicForms:PermitLimit"] = "2",
                ["RateLimits:PublicForms:Window"] = "01:00:00",
            },
        };
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await TestDatabases.DropAsync(DatabaseProvider.Sqlite, _connectionString);
    }

    [Fact]
    public async Task Login_PostedTooOften_Answers429WithALocalizedPage_ButThePageItselfStillOpens()
    {
        using var client = App.CreateBrowserlikeClient();
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            using var allowed = await client.SubmitLoginAsync("nobody@test.ecomuna.org", "not the right password");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var limited = await client.SubmitLoginAsync("nobody@test.ecomuna.org", "not the right password");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter is not null, "A 429 should say when to try again.");
        var page = await Browsing.ParseAsync(limited);
        Assert.Equal("För många försök", page.QuerySelector("h1")!.TextContent.Trim());

        using var english = new HttpRequestMessage(HttpMethod.Post, "/Account/Login");
        english.Headers.AcceptLanguage.ParseAdd("en");
        using var inEnglish = await client.SendAsync(english);
        Assert.Equal(HttpStatusCode.TooManyRequests, inEnglish.StatusCode);
        Assert.Contains("Too many attempts", await inEnglish.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/Accessibility/Report")]
    [InlineData("/Join/Membership")]
    [InlineData("/Join/Network")]
    [InlineData("/Account/ForgotPassword")]
    public async Task PublicForm_PostedTooOften_Answers429(string url)
    {
        using var client = App.CreateBrowserlikeClient();
        HttpStatusCode last = HttpStatusCode.OK;
        for (var attempt = 1; attempt <= 4 && last != HttpStatusCode.TooManyRequests; attempt++)
        {
            var page = await client.GetPageAsync(url);
            using var response = await client.SubmitAsync(page, "main form[method='post']", new Dictionary<string, string>());
            last = response.StatusCode;
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, last);
    }
}
