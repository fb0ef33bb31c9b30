using Ecomuna.Core.Demo;
using Microsoft.Playwright;

namespace Ecomuna.IntegrationTests.Browser;

public sealed class BrowserTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task LogIn_ThroughTheRealForm_ReachesTheSecretariatPages()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync("/");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Logga in" }).ClickAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByLabel("E-postadress").FillAsync(DemoDataSeeder.AdminEmail);
        await page.GetByLabel("Lösenord").FillAsync(DemoDataSeeder.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga in" }).ClickAsync();
        await page.CompleteTwoFactorAsync(DemoDataSeeder.AdminEmail);
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Kansliet" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Kansliet");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Mitt konto" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Mitt konto");
        await Accessibility.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task WrongPassword_ShowsTheErrorAndKeepsTheEmail()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("E-postadress").FillAsync(DemoDataSeeder.NetworkMemberEmail);
        await page.GetByLabel("Lösenord").FillAsync("not the password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga in" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("E-postadressen eller lösenordet är fel.");
        await Assertions.Expect(page.GetByLabel("E-postadress")).ToHaveValueAsync(DemoDataSeeder.NetworkMemberEmail);
        await Accessibility.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task LanguageSwitch_ToEnglishAndBack_ChangesTheWholePage()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync("/Principles");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "sv");

        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("The four sustainability principles");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Welcome to Ecomuna");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Svenska" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Välkommen till Ecomuna");
    }

    [Fact]
    public async Task SkipLink_FirstTab_JumpsToTheMainContent()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync("/");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Hoppa till innehållet" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.EndsWith("#main", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ContactPerson_SeesTheirOrganisation_WithoutAccessibilityViolations()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("E-postadress").FillAsync(DemoDataSeeder.ContactSotenasEmail);
        await page.GetByLabel("Lösenord").FillAsync(DemoDataSeeder.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga in" }).ClickAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Min organisation" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Sotenäs");
        await Accessibility.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task MainPages_RunUnderTheContentSecurityPolicy_WithoutViolations()
    {
        var page = await session.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add($"{page.Url}: {message.Text}");
            }
        };
        await page.LogInAsync(DemoDataSeeder.AdminEmail, DemoDataSeeder.Password);

        foreach (var url in new[] { "/", "/Events", "/News", "/Indicators", "/Network", "/Admin", "/Admin/Members", "/Admin/Invoices", "/Admin/Indicators", "/Admin/Surveys", "/Account/Manage", "/Account/Manage/ChangePassword" })
        {
            await page.GotoAsync(url);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }

        Assert.Empty(violations);
    }

    [Fact]
    public async Task AccessibilityCheck_OnAnImageWithoutAltText_Fails()
    {
        var page = await session.NewPageAsync();
        await page.SetContentAsync("<!DOCTYPE html><html lang=\"sv\"><head><title>t</title></head><body><main><h1>t</h1><img src=\"data:image/png;base64,iVBORw0KGgo=\"></main></body></html>");

        var failure = await Assert.ThrowsAnyAsync<Xunit.Sdk.XunitException>(() => Accessibility.AssertNoViolationsAsync(page));
        Assert.Contains("image-alt", failure.Message, StringComparison.Ordinal);
    }
}
