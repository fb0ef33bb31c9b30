using System.Net;
using AngleSharp.Html.Dom;
using Ecomuna.Core.Data;
using Ecomuna.Core.Invoicing;
using Ecomuna.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ecomuna.IntegrationTests.Invoicing;

public abstract class PaymentReviewTests<TApp>(TApp fixture) : AppTests<TApp>(fixture)
    where TApp : AppFixture
{
    [Fact]
    public async Task Assign_UnmatchedPaymentToItsInvoice_MarksTheInvoicePaid()
    {
        var invoice = (await App.UnpaidInvoicesAsync(1))[0];
        using var client = await AdminAsync();
        var payment = await ImportUnmatchedAsync(client, invoice.Total);

        var review = await client.ReviewPageWithAsync(payment.Id);
        using var response = await client.SubmitAsync(review, $"#payment-{payment.Id} form.assign-form", new Dictionary<string, string>
        {
            ["Assign.InvoiceNumber"] = invoice.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await client.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains($"registrerad på faktura {invoice.Number}. Fakturan är nu betald.", after.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(after.QuerySelector($"#payment-{payment.Id}"));
        Assert.Equal(InvoiceStatus.Paid, (await App.InvoiceAsync(invoice.Id)).StatusOn(App.Today()));
        var assigned = await App.PaymentAsync(payment.BankSerialNumber!);
        Assert.Equal((invoice.Id, false), (assigned.InvoiceId, assigned.NeedsReview));
    }

    [Fact]
    public async Task Assign_ToNoInvoiceACreditNoteOrACreditedInvoice_IsRefusedWithTheReason()
    {
        var invoices = await App.UnpaidInvoicesAsync(1);
        var creditNoteNumber = await CreditAsync(invoices[0].Id);
        using var client = await AdminAsync();
        var payment = await ImportUnmatchedAsync(client, 500m);

        Assert.Equal("Fakturanummer måste fyllas i.", await AssignRefusedAsync(client, payment.Id, ""));
        Assert.Equal("Det finns ingen faktura med nummer 999999999.", await AssignRefusedAsync(client, payment.Id, "999999999"));
        Assert.StartsWith($"{creditNoteNumber} är en kreditfaktura", await AssignRefusedAsync(client, payment.Id, creditNoteNumber.ToString(System.Globalization.CultureInfo.InvariantCulture)), StringComparison.Ordinal);
        Assert.Equal($"Faktura {invoices[0].Number} är krediterad och tar inte emot betalningar.",
            await AssignRefusedAsync(client, payment.Id, invoices[0].Number.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var unchanged = await App.PaymentAsync(payment.BankSerialNumber!);
        Assert.Equal((null, true), (unchanged.InvoiceId, unchanged.NeedsReview));
        Assert.Equal(0m, (await App.InvoiceAsync(invoices[0].Id)).PaidAmount);
    }

    [Fact]
    public async Task SetAside_NeedsANote_ThenTakesThePaymentOffTheList()
    {
        using var client = await AdminAsync();
        var payment = await ImportUnmatchedAsync(client, 300m);

        var review = await client.ReviewPageWithAsync(payment.Id);
        using var withoutNote = await client.SubmitAsync(review, $"#payment-{payment.Id} form.set-aside-form", new Dictionary<string, string> { ["SetAside.Note"] = " " });
        Assert.Equal(HttpStatusCode.OK, withoutNote.StatusCode);
        var refused = await Browsing.ParseAsync(withoutNote);
        Assert.Equal("Anteckning: varför måste fyllas i.", refused.QuerySelector($"#set-aside-note-{payment.Id}-error")!.TextContent);
        Assert.Equal("true", refused.QuerySelector($"#set-aside-note-{payment.Id}")!.GetAttribute("aria-invalid"));
        Assert.NotNull(refused.QuerySelector($"#review-error a[href='#payment-{payment.Id}']"));
        Assert.True((await App.PaymentAsync(payment.BankSerialNumber!)).NeedsReview);

        using var withNote = await client.SubmitAsync(refused, $"#payment-{payment.Id} form.set-aside-form", new Dictionary<string, string> { ["SetAside.Note"] = "Återbetald till betalaren" });

        Assert.Equal(HttpStatusCode.Redirect, withNote.StatusCode);
        var after = await client.GetPageAsync(withNote.Headers.Location!.OriginalString);
        Assert.Null(after.QuerySelector($"#payment-{payment.Id}"));
        var setAside = await App.PaymentAsync(payment.BankSerialNumber!);
        Assert.Equal((null, false, "Återbetald till betalaren"), (setAside.InvoiceId, setAside.NeedsReview, setAside.ReviewNote));

        using var twice = await client.SubmitAsync(review, $"#payment-{payment.Id} form.set-aside-form", new Dictionary<string, string> { ["SetAside.Note"] = "Igen" });
        Assert.Equal(HttpStatusCode.Redirect, twice.StatusCode);
        Assert.Equal("Återbetald till betalaren", (await App.PaymentAsync(payment.BankSerialNumber!)).ReviewNote);
    }

    [Fact]
    public async Task MarkReviewed_PartialPayment_LeavesTheListWithTheNoteAndTheInvoiceAsItIs()
    {
        var invoice = (await App.UnpaidInvoicesAsync(1))[0];
        var serial = BgMaxBuilder.NewSerialNumber();
        using var client = await AdminAsync();
        await client.UploadAsync(new BgMaxBuilder().Deposit(App.Today()).Payment(invoice.OcrReference, invoice.Total / 2, serial).Bytes());
        var payment = await App.PaymentAsync(serial);
        Assert.True(payment.NeedsReview);

        var review = await client.ReviewPageWithAsync(payment.Id);
        using var response = await client.SubmitAsync(review, $"#mismatched #payment-{payment.Id} form.review-form", new Dictionary<string, string> { ["Review.Note"] = "Resten betalas i maj" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await client.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Null(after.QuerySelector($"#payment-{payment.Id}"));
        var reviewed = await App.PaymentAsync(serial);
        Assert.Equal((invoice.Id, false, "Resten betalas i maj"), (reviewed.InvoiceId, reviewed.NeedsReview, reviewed.ReviewNote));
        Assert.Equal(invoice.Total / 2, (await App.InvoiceAsync(invoice.Id)).PaidAmount);
    }

    [Fact]
    public async Task ReviewList_LongerThanAPage_IsPaged()
    {
        using var client = await AdminAsync();
        var file = new BgMaxBuilder().Deposit(App.Today());
        for (var i = 0; i < Ecomuna.Web.Pages.Admin.Payments.IndexModel.PageSize + 1; i++)
        {
            file.Payment(PaymentSteps.UnknownOcrReference(), 10m + i);
        }

        await client.UploadAsync(file.Bytes());

        var first = await client.GetPageAsync("/Admin/Payments");
        Assert.Equal(Ecomuna.Web.Pages.Admin.Payments.IndexModel.PageSize, first.QuerySelectorAll("#unmatched tbody tr").Length);
        var next = first.QuerySelector("nav a[href*='unmatchedPage=2']");
        Assert.NotNull(next);
        var second = await client.GetPageAsync(next.GetAttribute("href")!);
        Assert.NotEmpty(second.QuerySelectorAll("#unmatched tbody tr"));
        Assert.Contains("sida 2 av", second.QuerySelector("#unmatched caption")!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>Imports one payment with an OCR reference no invoice has, and returns it as stored.</summary>
    private async Task<Payment> ImportUnmatchedAsync(HttpClient client, decimal amount)
    {
        var serial = BgMaxBuilder.NewSerialNumber();
        await client.UploadAsync(new BgMaxBuilder().Deposit(App.Today()).Payment(PaymentSteps.UnknownOcrReference(), amount, serial).Bytes());
        return await App.PaymentAsync(serial);
    }

    /// <summary>Posts the assign form with the number and returns the error shown at the payment.</summary>
    private static async Task<string> AssignRefusedAsync(HttpClient client, int paymentId, string invoiceNumber)
    {
        var review = await client.ReviewPageWithAsync(paymentId);
        using var response = await client.SubmitAsync(review, $"#payment-{paymentId} form.assign-form", new Dictionary<string, string> { ["Assign.InvoiceNumber"] = invoiceNumber });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Browsing.ParseAsync(response);
        Assert.Equal(invoiceNumber, ((IHtmlInputElement)page.QuerySelector($"#invoice-number-{paymentId}")!).Value);
        return page.QuerySelector($"#invoice-number-{paymentId}-error")!.TextContent;
    }

    /// <summary>Credits the invoice with a credit note of its own number and returns that number.</summary>
    private async Task<long> CreditAsync(int invoiceId)
    {
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
        var invoice = await db.Invoices.Include(i => i.Lines).SingleAsync(i => i.Id == invoiceId);
        var number = Random.Shared.NextInt64(800_000_000, 899_999_999);
        var note = invoice!.CreditNote(number, OcrReference.Create(number), App.Today(), App.Clock.GetUtcNow(), "test")!;
        db.Invoices.Add(note);
        await db.SaveChangesAsync();
        return number;
    }
}

public sealed class PaymentReviewTestsOnSqlite(SqliteApp fixture) : PaymentReviewTests<SqliteApp>(fixture);

public sealed class PaymentReviewTestsOnPostgres(PostgresApp fixture) : PaymentReviewTests<PostgresApp>(fixture);
