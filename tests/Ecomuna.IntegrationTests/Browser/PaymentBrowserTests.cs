using Ecomuna.Core.Demo;
using Ecomuna.IntegrationTests.Infrastructure;
using Ecomuna.IntegrationTests.Invoicing;
using Microsoft.Playwright;

namespace Ecomuna.IntegrationTests.Browser;

/// <summary>The payment pages with something on them: a result, a rejected file, review rows and a form with an error.</summary>
public sealed class PaymentBrowserTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task ImportThenReview_WithResultsErrorsAndRows_HaveNoWcagViolations()
    {
        var invoices = await session.App.UnpaidInvoicesAsync(3);
        var today = session.App.Today();
        var file = new BgMaxBuilder()
            .Deposit(today)
            .Payment(invoices[0].OcrReference, invoices[0].Total, payerName: "Första kommun")
            .Payment(invoices[1].OcrReference, invoices[1].Total - 100)
            .Payment(PaymentSteps.UnknownOcrReference(), 250m, payerName: "Okänd betalare")
            .Deduction(PaymentSteps.UnknownOcrReference(), 10m);
        var broken = new BgMaxBuilder()
            .Deposit(today, statedTotal: 1m)
            .Payment(invoices[2].OcrReference, invoices[2].Total, rawAmount: "00000000000000X000");
        var page = await session.NewPageAsync();
        await LogInAsAdminAsync(page);

        await page.GotoAsync("/Admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "Importera inbetalningar från Bankgirot (BgMax)" }).ClickAsync();
        await UploadAsync(page, broken.Bytes());
        await Assertions.Expect(page.Locator("#file-errors li")).ToHaveCountAsync(1);
        await Accessibility.AssertNoViolationsAsync(page);

        await UploadAsync(page, file.Bytes());
        await Assertions.Expect(page.Locator("#count-matched td")).ToHaveTextAsync("1");
        await Assertions.Expect(page.Locator("#count-unmatched td")).ToHaveTextAsync("2");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Granska de 3 betalningarna" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Inbetalningar att granska");
        await Accessibility.AssertNoViolationsAsync(page);

        var row = page.Locator("#unmatched tr", new() { HasText = "Okänd betalare" });
        await row.GetByRole(AriaRole.Button, new() { Name = "Lägg åt sidan" }).ClickAsync();
        await Assertions.Expect(page.Locator("#review-error")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#unmatched tr", new() { HasText = "Okänd betalare" }).Locator(".field-validation-error")).ToHaveTextAsync("Anteckning: varför måste fyllas i.");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Payments to review");
        await Accessibility.AssertNoViolationsAsync(page);
    }

    private static async Task UploadAsync(IPage page, byte[] file)
    {
        await page.GetByLabel("BgMax-fil från banken").SetInputFilesAsync(new FilePayload { Name = "BgMax.txt", MimeType = "text/plain", Buffer = file });
        await page.GetByRole(AriaRole.Button, new() { Name = "Importera filen" }).ClickAsync();
        await page.WaitForLoadStateAsync();
    }

    private static async Task LogInAsAdminAsync(IPage page)
    {
        await page.LogInAsync(DemoDataSeeder.AdminEmail, DemoDataSeeder.Password);
    }
}
