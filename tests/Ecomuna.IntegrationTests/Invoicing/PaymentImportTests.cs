using System.Net;
using AngleSharp.Html.Dom;
using Ecomuna.Core.Data;
using Ecomuna.Core.Demo;
using Ecomuna.Core.Invoicing;
using Ecomuna.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ecomuna.IntegrationTests.Invoicing;

public abstract class PaymentImportTests<TApp>(TApp fixture) : AppTests<TApp>(fixture)
    where TApp : AppFixture
{
    [Fact]
    public async Task Import_TwoPaidInFullAndOneInPart_MarksTwoPaidAndFlagsThePartialOne()
    {
        var invoices = await App.UnpaidInvoicesAsync(3);
        var file = new BgMaxBuilder()
            .Deposit(App.Today())
            .Payment(invoices[0].OcrReference, invoices[0].Total, payerName: "Första kommun")
            .Payment(invoices[1].OcrReference, invoices[1].Total)
            .Payment(invoices[2].OcrReference, invoices[2].Total - 100);
        using var client = await AdminAsync();

        var page = await client.UploadAsync(file.Bytes());

        Assert.Equal(2, page.CountIn("count-matched"));
        Assert.Equal(1, page.CountIn("count-mismatched"));
        Assert.Equal(0, page.CountIn("count-unmatched"));
        Assert.Equal(0, page.CountIn("count-skipped"));
        Assert.NotNull(page.QuerySelector($"#imported-payments a[href='/Admin/Invoices/Details/{invoices[2].Id}']"));
        Assert.NotNull(page.QuerySelector("#to-review[href='/Admin/Payments']"));

        var today = App.Today();
        Assert.Equal(InvoiceStatus.Paid, (await App.InvoiceAsync(invoices[0].Id)).StatusOn(today));
        Assert.Equal(InvoiceStatus.Paid, (await App.InvoiceAsync(invoices[1].Id)).StatusOn(today));
        var partial = await App.InvoiceAsync(invoices[2].Id);
        Assert.Equal(InvoiceStatus.Open, partial.StatusOn(today));
        Assert.Equal(invoices[2].Total - 100, partial.PaidAmount);

        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
        var ids = invoices.Select(i => (int?)i.Id).ToList();
        var payments = await db.Payments.Where(p => ids.Contains(p.InvoiceId)).ToListAsync();
        Assert.Equal(3, payments.Count);
        Assert.All(payments, p => Assert.Equal(PaymentSource.BgMax, p.Source));
        Assert.Equal([invoices[2].Id], payments.Where(p => p.NeedsReview).Select(p => p.InvoiceId!.Value));
        Assert.Equal("Första kommun", payments.Single(p => p.InvoiceId == invoices[0].Id).PayerName);
        var import = await db.BgMaxImports.SingleAsync(i => i.Id == payments[0].BgMaxImportId);
        Assert.Equal((3, 3, DemoDataSeeder.AdminEmail), (import.PaymentCount, import.MatchedCount, import.ImportedBy));
        Assert.Equal(invoices.Sum(i => i.Total) - 100, import.Total);

        var flagged = payments.Single(p => p.NeedsReview);
        var row = (await client.ReviewPageWithAsync(flagged.Id)).QuerySelector($"#mismatched #payment-{flagged.Id}")!;
        Assert.NotNull(row.QuerySelector($"a[href='/Admin/Invoices/Details/{invoices[2].Id}']"));
        Assert.Contains(Kronor(invoices[2].Total), row.TextContent, StringComparison.Ordinal);
        Assert.Contains(Kronor(invoices[2].Total - 100), row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_UnknownOcrAndDeduction_LandInTheReviewListWithoutAnInvoice()
    {
        var unknown = PaymentSteps.UnknownOcrReference();
        var paymentSerial = BgMaxBuilder.NewSerialNumber();
        var deductionSerial = BgMaxBuilder.NewSerialNumber();
        var file = new BgMaxBuilder()
            .Deposit(App.Today())
            .Payment(unknown, 1234.50m, paymentSerial, payerName: "Okänd betalare")
            .Deduction(unknown, 50m, deductionSerial);
        using var client = await AdminAsync();

        var page = await client.UploadAsync(file.Bytes());

        Assert.Equal(2, page.CountIn("count-unmatched"));
        Assert.Equal(0, page.CountIn("count-matched") + page.CountIn("count-mismatched"));
        var payment = await App.PaymentAsync(paymentSerial);
        var deduction = await App.PaymentAsync(deductionSerial);
        Assert.Equal((null, true, 1234.50m, unknown), (payment.InvoiceId, payment.NeedsReview, payment.Amount, payment.Reference));
        Assert.Equal((null, true, -50m), (deduction.InvoiceId, deduction.NeedsReview, deduction.Amount));

        var review = await client.ReviewPageWithAsync(payment.Id);
        var row = review.QuerySelector($"#unmatched #payment-{payment.Id}");
        Assert.NotNull(row);
        Assert.Contains("Okänd betalare", row.TextContent, StringComparison.Ordinal);
        Assert.Contains(unknown, row.TextContent, StringComparison.Ordinal);
        Assert.NotNull(row.QuerySelector("form.assign-form"));
        var deductionRow = (await client.ReviewPageWithAsync(deduction.Id)).QuerySelector($"#unmatched #payment-{deduction.Id}");
        Assert.NotNull(deductionRow);
        Assert.Null(deductionRow.QuerySelector("form.assign-form"));
        Assert.NotNull(deductionRow.QuerySelector("form.set-aside-form"));
    }

    [Fact]
    public async Task Import_SameFileTwice_ChangesNothingTheSecondTimeAndSaysWhenAndByWhom()
    {
        var invoice = (await App.UnpaidInvoicesAsync(1))[0];
        var file = new BgMaxBuilder().Deposit(App.Today()).Payment(invoice.OcrReference, invoice.Total).Bytes();
        using var client = await AdminAsync();
        await client.UploadAsync(file, "inbetalningar-1.txt");
        var before = await App.RowCountsAsync();
        var paidBefore = (await App.InvoiceAsync(invoice.Id)).PaidAmount;

        var again = await client.UploadAsync(file, "samma-fil-igen.txt");

        var message = again.QuerySelector("#already-imported")?.TextContent ?? "";
        Assert.Contains("redan", message, StringComparison.Ordinal);
        Assert.Contains(DemoDataSeeder.AdminEmail, message, StringComparison.Ordinal);
        Assert.Contains(App.Today().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), message, StringComparison.Ordinal);
        Assert.Null(again.QuerySelector("#import-result"));
        Assert.Equal(before, await App.RowCountsAsync());
        Assert.Equal(paidBefore, (await App.InvoiceAsync(invoice.Id)).PaidAmount);
        Assert.Equal(invoice.Total, paidBefore);
    }

    [Fact]
    public async Task Import_OverlappingFile_SkipsThePaymentAlreadyImported()
    {
        var invoices = await App.UnpaidInvoicesAsync(2);
        var sharedSerial = BgMaxBuilder.NewSerialNumber();
        using var client = await AdminAsync();
        await client.UploadAsync(new BgMaxBuilder()
            .Deposit(App.Today())
            .Payment(invoices[0].OcrReference, invoices[0].Total, sharedSerial)
            .Bytes());
        var before = await App.RowCountsAsync();

        var page = await client.UploadAsync(new BgMaxBuilder { CreatedAt = new DateTime(2026, 3, 16, 17, 45, 0) }
            .Deposit(App.Today())
            .Payment(invoices[0].OcrReference, invoices[0].Total, sharedSerial)
            .Payment(invoices[1].OcrReference, invoices[1].Total)
            .Bytes());

        Assert.Equal(1, page.CountIn("count-skipped"));
        Assert.Equal(1, page.CountIn("count-matched"));
        Assert.Equal((before.Payments + 1, before.Imports + 1), await App.RowCountsAsync());
        Assert.Equal(invoices[0].Total, (await App.InvoiceAsync(invoices[0].Id)).PaidAmount);
        Assert.Equal(invoices[1].Total, (await App.InvoiceAsync(invoices[1].Id)).PaidAmount);
    }

    [Fact]
    public async Task Import_MalformedFile_ListsEveryErrorByLineAndStoresNothing()
    {
        var invoices = await App.UnpaidInvoicesAsync(3);
        // Line 1 start, 2 opening, 3–4 payments (4 with a bad amount), 5 deposit; 6 opening, 7 payment, 8 deposit with a wrong total; 9 end.
        var file = new BgMaxBuilder()
            .Deposit(App.Today())
            .Payment(invoices[0].OcrReference, invoices[0].Total)
            .Payment(invoices[1].OcrReference, invoices[1].Total, rawAmount: "00000000001234X500")
            .Deposit(App.Today(), statedTotal: invoices[2].Total + 1)
            .Payment(invoices[2].OcrReference, invoices[2].Total);
        var before = await App.RowCountsAsync();
        using var client = await AdminAsync();

        var page = await client.UploadAsync(file.Bytes());

        var errors = page.QuerySelectorAll("#file-errors li").Select(li => li.TextContent).ToList();
        Assert.Equal(2, errors.Count);
        Assert.StartsWith("Rad 4: beloppet ”00000000001234X500” är inget belopp", errors[0], StringComparison.Ordinal);
        Assert.StartsWith("Rad 8: insättningsposten anger summan", errors[1], StringComparison.Ordinal);
        Assert.Contains(Kronor(invoices[2].Total + 1), errors[1], StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#import-result"));
        Assert.Equal(before, await App.RowCountsAsync());
        Assert.Equal(0m, (await App.InvoiceAsync(invoices[0].Id)).PaidAmount);
    }

    [Fact]
    public async Task Import_InEnglish_ExplainsTheErrorInEnglish()
    {
        var file = new BgMaxBuilder().Deposit(App.Today()).Payment(PaymentSteps.UnknownOcrReference(), 100m, rawAmount: "0000000000000abc00").Bytes();
        using var client = await AdminAsync();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var page = await client.UploadAsync(file);

        Assert.Equal("Line 3: the amount “0000000000000abc00” is not an amount; it should be 18 digits in öre.", Assert.Single(page.QuerySelectorAll("#file-errors li")).TextContent);
    }

    [Fact]
    public async Task Import_WithoutJavaScript_IsAPlainMultipartFormProtectedByTheAntiforgeryToken()
    {
        using var client = await AdminAsync();
        var page = await client.GetPageAsync("/Admin/Payments/Import");

        var form = (IHtmlFormElement)page.QuerySelector("#upload-form")!;
        Assert.Equal("post", form.Method, ignoreCase: true);
        Assert.Equal("multipart/form-data", form.Enctype, ignoreCase: true);
        Assert.NotNull(form.QuerySelector("input[name=__RequestVerificationToken]"));
        Assert.NotNull(form.QuerySelector("input[type=file][name=Upload]"));
        Assert.NotNull(form.QuerySelector("button[type=submit]"));
        Assert.NotNull(page.QuerySelector("label[for=Upload]"));

        var before = await App.RowCountsAsync();
        var file = new BgMaxBuilder().Deposit(App.Today()).Payment(PaymentSteps.UnknownOcrReference(), 10m).Bytes();
        using var withoutToken = new MultipartFormDataContent { { new ByteArrayContent(file), "Upload", "BgMax.txt" } };
        using var refused = await client.PostAsync("/Admin/Payments/Import", withoutToken);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(before, await App.RowCountsAsync());

        var imported = await client.UploadAsync(file);
        Assert.Equal(1, imported.CountIn("count-unmatched"));
    }

    [Fact]
    public async Task Import_NoFileOrTooLarge_SaysSoAndStoresNothing()
    {
        using var client = await AdminAsync();
        var before = await App.RowCountsAsync();

        var page = await client.GetPageAsync("/Admin/Payments/Import");
        using var empty = await client.SubmitWithFilesAsync(page, "#upload-form", new Dictionary<string, (string, byte[])>());
        var emptyPage = await Browsing.ParseAsync(empty);
        var large = await client.UploadAsync(new byte[PaymentImport.MaxBytes + 1]);

        Assert.Equal("Välj BgMax-filen som ska importeras.", emptyPage.QuerySelector("#upload-error")!.TextContent);
        Assert.StartsWith("Filen är för stor; den får vara högst 5 MB.", large.QuerySelector("#upload-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await App.RowCountsAsync());
    }

    [Fact]
    public async Task Import_FileForAnotherBankgiroOrATestFile_IsRefusedAndStoresNothing()
    {
        var invoice = (await App.UnpaidInvoicesAsync(1))[0];
        using var client = await AdminAsync();
        var before = await App.RowCountsAsync();

        var other = await client.UploadAsync(new BgMaxBuilder("9912346").Deposit(App.Today()).Payment(invoice.OcrReference, invoice.Total).Bytes());
        var test = await client.UploadAsync(new BgMaxBuilder { IsTest = true }.Deposit(App.Today()).Payment(invoice.OcrReference, invoice.Total).Bytes());

        Assert.Contains("9912346", other.QuerySelector("#other-bankgiro")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(test.QuerySelector("#test-file"));
        Assert.Equal(before, await App.RowCountsAsync());
        Assert.Equal(0m, (await App.InvoiceAsync(invoice.Id)).PaidAmount);
    }

    /// <summary>An amount as the Swedish pages write it, "4 000,00 kr".</summary>
    internal static string Kronor(decimal amount) =>
        Ecomuna.Core.Localization.Money.Format(amount, 2, System.Globalization.CultureInfo.GetCultureInfo("sv-SE"));
}

public sealed class PaymentImportTestsOnSqlite(SqliteApp fixture) : PaymentImportTests<SqliteApp>(fixture);

public sealed class PaymentImportTestsOnPostgres(PostgresApp fixture) : PaymentImportTests<PostgresApp>(fixture);
