using System.Net;
using AngleSharp.Html.Dom;
using Ecomuna.Core.Data;
using Ecomuna.Core.Invoicing;
using Ecomuna.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ecomuna.IntegrationTests.Invoicing;

/// <summary>An issued invoice a test pays, as the bank file refers to it.</summary>
internal sealed record OpenInvoice(int Id, long Number, string OcrReference, decimal Total);

/// <summary>What the payment tests do again and again: issue invoices, sign in, upload a BgMax file, count rows.</summary>
internal static class PaymentSteps
{
    /// <summary>
    /// Issues this year's invoices (once per database) and returns invoices that no test has paid yet, so that tests
    /// sharing a database each pay their own.
    /// </summary>
    public static async Task<IReadOnlyList<OpenInvoice>> UnpaidInvoicesAsync(this EcomunaApp app, int count)
    {
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<InvoiceRun>().IssueAsync(app.Clock.GetLocalNow().Year, "test");
        var invoices = await scope.ServiceProvider.GetRequiredService<EcomunaDbContext>().Invoices
            .Where(i => i.Kind == InvoiceKind.Invoice && !i.IsCredited && !i.Payments.Any() && i.FeeYear == app.Clock.GetLocalNow().Year)
            .OrderBy(i => i.Number)
            .Take(count)
            .Select(i => new OpenInvoice(i.Id, i.Number, i.OcrReference, i.Total))
            .ToListAsync();
        Assert.True(invoices.Count == count, $"Only {invoices.Count} unpaid invoices are left; the test needs {count}.");
        return invoices;
    }

    /// <summary>The OCR reference of an invoice number far beyond any the tests issue: valid, but no invoice has it.</summary>
    public static string UnknownOcrReference() => OcrReference.Create(Random.Shared.NextInt64(900_000_000, 999_999_999));

    /// <summary>Uploads the file through the import page's own form, as a browser without JavaScript does, and returns the answer page.</summary>
    public static async Task<IHtmlDocument> UploadAsync(this HttpClient client, byte[] file, string fileName = "BgMax.txt")
    {
        var page = await client.GetPageAsync("/Admin/Payments/Import");
        using var response = await client.SubmitWithFilesAsync(page, "#upload-form", new Dictionary<string, (string, byte[])> { ["Upload"] = (fileName, file) });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Browsing.ParseAsync(response);
    }

    /// <summary>The review page that lists the payment, found through the page links as a person would.</summary>
    public static async Task<IHtmlDocument> ReviewPageWithAsync(this HttpClient client, int paymentId)
    {
        var first = await client.GetPageAsync("/Admin/Payments");
        if (first.QuerySelector($"#payment-{paymentId}") is not null)
        {
            return first;
        }

        foreach (var link in first.QuerySelectorAll("nav .pagination a").Select(a => a.GetAttribute("href")!).Distinct())
        {
            var page = await client.GetPageAsync(link);
            if (page.QuerySelector($"#payment-{paymentId}") is not null)
            {
                return page;
            }
        }

        throw new InvalidOperationException($"No review page lists payment {paymentId}.");
    }

    /// <summary>The number in the result summary's row with the given id.</summary>
    public static int CountIn(this IHtmlDocument page, string rowId) =>
        int.Parse(page.QuerySelector($"#{rowId} td")!.TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture);

    public static async Task<(int Payments, int Imports)> RowCountsAsync(this EcomunaApp app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
        return (await db.Payments.CountAsync(), await db.BgMaxImports.CountAsync());
    }

    public static Task<Invoice> InvoiceAsync(this EcomunaApp app, int id) =>
        app.QueryAsync(db => db.Invoices.AsNoTracking().SingleAsync(i => i.Id == id));

    public static Task<Payment> PaymentAsync(this EcomunaApp app, string serialNumber) =>
        app.QueryAsync(db => db.Payments.AsNoTracking().SingleAsync(p => p.BankSerialNumber == serialNumber));
}
