using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Ecomuna.Core.Data;
using Ecomuna.Core.Demo;
using Ecomuna.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace Ecomuna.IntegrationTests.Browser;

/// <summary>
/// The portal on a real port (Kestrel on loopback) and Debian's Chromium driven by Playwright.
/// Playwright cannot download browsers here, so the system Chromium is required.
/// </summary>
public sealed class BrowserSession : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumFlags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run",
    ];

    private string _connectionString = "";
    private IPlaywright? _playwright;

    public EcomunaApp App { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Browser tests need Debian's Chromium at {ChromiumPath}. Install it with 'apt-get install chromium'.");
        }

        _connectionString = await TestDatabases.CreateAsync(DatabaseProvider.Sqlite);
        App = new EcomunaApp(DatabaseProvider.Sqlite, _connectionString, useKestrel: true);
        App.StartServer();
        BaseUrl = App.ClientOptions.BaseAddress.ToString().TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumFlags,
        });
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "sv-SE" });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (App is not null)
        {
            await App.DisposeAsync();
        }

        await TestDatabases.DropAsync(DatabaseProvider.Sqlite, _connectionString);
    }
}

public static class Accessibility
{
    private static readonly AxeRunOptions WcagAA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    /// <summary>Runs axe-core on the page and fails on any WCAG 2.1 A or AA violation, listing each.</summary>
    public static async Task AssertNoViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(WcagAA);
        var violations = result.Violations
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")
            .ToList();
        Assert.True(violations.Count == 0, $"Accessibility violations on {page.Url}:\n" + string.Join("\n", violations));
    }
}

public static class BrowserLogin
{
    /// <summary>Logs in through the real form; the demo admin also types the code of the authenticator key in the README.</summary>
    public static async Task LogInAsync(this IPage page, string email, string password)
    {
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("E-postadress").FillAsync(email);
        await page.GetByLabel("Lösenord").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga in" }).ClickAsync();
        await page.CompleteTwoFactorAsync(email);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Mitt konto" })).ToBeVisibleAsync();
    }

    public static async Task CompleteTwoFactorAsync(this IPage page, string email)
    {
        if (email != DemoDataSeeder.AdminEmail)
        {
            return;
        }

        await page.WaitForURLAsync("**/Account/LoginWith2fa**");
        await page.Locator("input[name='Input.TwoFactorCode']").FillAsync(Totp.Code(DemoDataSeeder.AdminAuthenticatorKey, DateTimeOffset.UtcNow));
        await page.Locator("main form [type=submit]").First.ClickAsync();
    }
}
