using Ecomuna.Core.Demo;
using Ecomuna.IntegrationTests.Access;
using Microsoft.Playwright;

namespace Ecomuna.IntegrationTests.Browser;

/// <summary>Every page that someone may look at, opened in the browser as that someone and checked with axe-core.</summary>
public sealed class EveryPageAccessibilityTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private static readonly Visitor[] Preference =
        [Visitor.Anonymous, Visitor.ContactPersonOfMemberA, Visitor.NetworkMember, Visitor.Admin];

    public static TheoryData<string> ViewablePages()
    {
        var data = new TheoryData<string>();
        foreach (var (page, access) in AccessTable.Pages)
        {
            if (Preference.Any(v => access.For(v) == Outcome.Page))
            {
                data.Add(page);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ViewablePages))]
    public async Task Page_InSwedishAndEnglish_HasNoWcagViolations(string pageName)
    {
        var access = AccessTable.Pages[pageName];
        var visitor = Preference.First(v => access.For(v) == Outcome.Page);
        var page = await session.NewPageAsync();
        if (visitor != Visitor.Anonymous)
        {
            await LogInAsync(page, visitor);
        }

        await page.GotoAsync(access.Url);
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Accessibility.AssertNoViolationsAsync(page);
    }

    private static async Task LogInAsync(IPage page, Visitor visitor)
    {
        var email = visitor switch
        {
            Visitor.ContactPersonOfMemberA => DemoDataSeeder.ContactSodertaljeEmail,
            Visitor.ContactPersonOfMemberB => DemoDataSeeder.ContactSotenasEmail,
            Visitor.NetworkMember => DemoDataSeeder.NetworkMemberEmail,
            _ => DemoDataSeeder.AdminEmail,
        };
        await page.LogInAsync(email, DemoDataSeeder.Password);
    }
}
