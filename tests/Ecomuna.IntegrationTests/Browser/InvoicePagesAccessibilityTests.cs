using Ecomuna.Core.Data;
using Ecomuna.Core.Demo;
using Ecomuna.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Ecomuna.IntegrationTests.Browser;

/// <summary>The invoice lists with invoices in them (tables, chart, payment instructions), checked with axe-core in both languages.</summary>
public sealed class InvoicePagesAccessibilityTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Theory]
    [InlineData(DemoDataSeeder.AdminEmail, "/Admin/Invoices")]
    [InlineData(DemoDataSeeder.AdminEmail, "/Admin/Invoices?status=Paid&sort=total&desc=true")]
    [InlineData(DemoDataSeeder.ContactSodertaljeEmail, "/Organisation/Invoices")]
    public async Task InvoicePage_WithInvoices_HasNoWcagViolations(string email, string url)
    {
        await IssueInvoicesAsync();
        var page = await session.NewPageAsync();
        await page.LogInAsync(email, DemoDataSeeder.Password);

        await page.GotoAsync(url);
        await Assertions.Expect(page.Locator("table").First).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Accessibility.AssertNoViolationsAsync(page);
    }

    /// <summary>This year's fees, and a year before with a paid invoice and a credit note, so every part of the pages shows.</summary>
    private async Task IssueInvoicesAsync()
    {
        var app = session.App;
        await app.IssueThisYearsFeesAsync();
        var lastYear = app.Clock.GetLocalNow().Year - 1;
        var number = lastYear * 100L;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
            if (db.Invoices.Any(i => i.Number == number + 1))
            {
                return;
            }
        }

        await app.AddInvoiceAsync(number + 1, "Södertälje", new(lastYear, 3, 1), new(lastYear, 3, 31), 40_000, paid: 40_000);
        var credited = await app.AddInvoiceAsync(number + 2, "Södertälje", new(lastYear, 4, 1), new(lastYear, 4, 30), 5_000);
        await app.AddCreditNoteAsync(credited.Id, number + 3, new(lastYear, 5, 1));
    }
}
