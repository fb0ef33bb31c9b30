using System.Net;
using Ecomuna.Core.Data;
using Ecomuna.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Options;

namespace Ecomuna.IntegrationTests.Security;

public sealed class SecurityHeaderTests(SqliteApp fixture) : AppTests<SqliteApp>(fixture)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/Account/Login")]
    [InlineData("/no-such-page")]
    public async Task Page_HasTheSecurityHeaders(string url)
    {
        using var client = AnonymousClient();

        using var response = await client.GetAsync(url);

        var csp = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        var scriptSrc = csp.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src", StringComparison.Ordinal));
        Assert.Equal("script-src 'self'", scriptSrc);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("camera=()", response.Headers.GetValues("Permissions-Policy").Single(), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Pages_HaveNoInlineScripts()
    {
        using var client = AnonymousClient();
        foreach (var url in new[] { "/", "/Account/Login", "/Events", "/News", "/Accessibility/Report", "/Join/Membership" })
        {
            var page = await client.GetPageAsync(url);
            Assert.All(page.QuerySelectorAll("script"), s => Assert.True(s.HasAttribute("src"), $"{url} has an inline script."));
            Assert.DoesNotContain(page.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Health_LiveAndReady_AnswerWithoutLogin()
    {
        using var client = App.CreateClient();

        using var live = await client.GetAsync("/health/live");
        using var ready = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ready_WithoutTheDatabase_IsUnhealthy_ButLiveStaysHealthy()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"ecomuna-missing-{Guid.NewGuid():N}", "none.db");
        await using var app = new EcomunaApp(DatabaseProvider.Sqlite, $"Data Source={missing};Mode=ReadOnly");
        using var client = app.CreateClient();

        using var live = await client.GetAsync("/health/live");
        using var ready = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
    }

    [Fact]
    public void Start_WithAnAbsoluteTimeoutShorterThanTheIdleTimeout_FailsNamingTheSetting()
    {
        using var app = new EcomunaApp(DatabaseProvider.Sqlite, "Data Source=:memory:")
        {
            Settings = new Dictionary<string, string> { ["Security:IdleTimeout"] = "02:00:00", ["Security:AbsoluteTimeout"] = "01:00:00" },
        };

        var failure = Assert.ThrowsAny<OptionsValidationException>(() => app.Services);
        Assert.Contains("Security__AbsoluteTimeout", failure.Message, StringComparison.Ordinal);
    }
}
