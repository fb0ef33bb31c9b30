using System.Net;
using System.Text;
using Ecomuna.Core.Data;
using Ecomuna.Core.Invoicing;
using Ecomuna.IntegrationTests.Access;
using Ecomuna.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ecomuna.IntegrationTests.Invoicing;

/// <summary>
/// PDFs, sending and the accounting export, on the demo's invoices of last year (issued on 2 February, most paid,
/// every ninth unpaid and so overdue now; Södertälje's is invoice 1007, paid in part).
/// </summary>
public sealed class InvoiceDocumentsAndMailTests(SqliteApp fixture) : AppTests<SqliteApp>(fixture)
{
    private const int SodertaljeInvoice = AccessTable.SodertaljeInvoiceId;

    private int LastYear => App.Clock.GetLocalNow().Year - 1;

    [Fact]
    public async Task Pdf_ForTheAdmin_IsARealPdfNamedAfterTheInvoice()
    {
        using var client = await AdminAsync();
        var page = await client.GetPageAsync($"/Admin/Invoices/Details/{SodertaljeInvoice}");

        using var response = await client.GetAsync(page.QuerySelector("#pdf-link")!.GetAttribute("href"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("faktura-1007.pdf", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF-", Encoding.ASCII.GetString(bytes, 0, 5));
    }

    [Fact]
    public async Task Pdf_ForTheMembersOwnContact_DownloadsAndForAnotherMembersIsNotFound()
    {
        using var own = await ContactPersonAsync(DemoMembers.Sodertalje);
        using var other = await ContactPersonAsync(DemoMembers.Sotenas);

        using var mine = await own.GetAsync($"/Organisation/Invoices/Pdf/{SodertaljeInvoice}");
        using var theirs = await other.GetAsync($"/Organisation/Invoices/Pdf/{SodertaljeInvoice}");

        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.Equal("application/pdf", mine.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, theirs.StatusCode);
    }

    [Fact]
    public async Task Send_FromTheInvoicePage_MailsTheDelegateCivilServantWithThePdfAndRecordsIt()
    {
        using var client = await AdminAsync();
        var page = await client.GetPageAsync($"/Admin/Invoices/Details/{SodertaljeInvoice}");
        var before = App.SentMails().Count;

        using var response = await client.SubmitAsync(page, "#send-form", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var mail = App.SentMails().Skip(before).Single();
        Assert.Equal(await SodertaljeCivilServantEmailAsync(), mail.To);
        Assert.Equal("Faktura 1007 från Sveriges Ekokommuner", mail.Subject);
        Assert.Contains("bankgiro 123-4567", mail.Text, StringComparison.Ordinal);
        Assert.Contains("application/pdf", mail.Raw, StringComparison.Ordinal);
        Assert.Contains("faktura-1007.pdf", mail.Raw, StringComparison.Ordinal);
        var after = await client.GetPageAsync($"/Admin/Invoices/Details/{SodertaljeInvoice}");
        Assert.Contains(mail.To, after.QuerySelector("#sends")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reminders_ForAllOverdue_GoOnceEachWithTheAmountLeft()
    {
        var overdue = await QueryAsync(db => db.Invoices.CountAsync(i => i.FeeYear == LastYear && i.PaidAmount < i.Total));
        Assert.True(overdue > 5, "The demo should have overdue invoices.");
        using var client = await AdminAsync();
        var run = await client.GetPageAsync("/Admin/Invoices/Run");
        var before = App.SentMails().Count;

        var result = (await client.StartAndWaitAsync(run, "#remind-form")).TextContent;

        Assert.Contains("påminnelser är skickade", result, StringComparison.Ordinal);
        var reminders = App.SentMails().Skip(before).ToList();
        Assert.Equal(overdue, reminders.Count);
        Assert.All(reminders, m => Assert.StartsWith("Påminnelse: faktura ", m.Subject, StringComparison.Ordinal));
        var civilServant = await SodertaljeCivilServantEmailAsync();
        var sodertalje = reminders.Single(m => m.To == civilServant);
        var left = await QueryAsync(db => db.Invoices.Where(i => i.Id == SodertaljeInvoice).Select(i => i.Total - i.PaidAmount).SingleAsync());
        Assert.Contains(Ecomuna.Core.Localization.Money.Format(left, 2, System.Globalization.CultureInfo.GetCultureInfo("sv-SE")), sodertalje.Text, StringComparison.Ordinal);

        var again = await client.GetPageAsync("/Admin/Invoices/Run");
        Assert.Null(again.QuerySelector("#remind-form"));
        Assert.Equal(overdue, await QueryAsync(db => db.InvoiceSends.CountAsync(s => s.Kind == InvoiceSendKind.Reminder)));
    }

    [Fact]
    public async Task SendTheYearsInvoices_AfterTheRun_SendsEachOnceAndNeverAgain()
    {
        using var client = await AdminAsync();
        var year = App.Clock.GetLocalNow().Year;
        using (var scope = App.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<InvoiceRun>().IssueAsync(year, "test");
        }

        var issued = await QueryAsync(db => db.Invoices.CountAsync(i => i.IssueDate.Year == year && !db.InvoiceSends.Any(s => s.InvoiceId == i.Id && s.Kind == InvoiceSendKind.Invoice)));
        var run = await client.GetPageAsync($"/Admin/Invoices/Run?year={year}");
        var before = App.SentMails().Count;

        var result = (await client.StartAndWaitAsync(run, "#send-form")).TextContent;

        Assert.Contains($"{issued} fakturor är skickade", result, StringComparison.Ordinal);
        Assert.Equal(issued, App.SentMails().Count - before);
        var again = await client.GetPageAsync($"/Admin/Invoices/Run?year={year}");
        Assert.Null(again.QuerySelector("#send-form"));
    }

    [Fact]
    public async Task Sie4Export_OfLastYear_BooksEveryInvoiceAndPaymentInBalance()
    {
        using var client = await AdminAsync();
        var page = await client.GetPageAsync($"/Admin/Invoices/Accounting?year={LastYear}");
        var (invoices, payments) = await QueryAsync(async db => (
            await db.Invoices.CountAsync(i => i.IssueDate.Year == LastYear),
            await db.Payments.CountAsync(p => p.InvoiceId != null && p.PaidOn.Year == LastYear)));
        Assert.Contains($"{invoices} fakturor och kreditfakturor, {payments} betalningar", page.QuerySelector("#accounting-summary")!.TextContent, StringComparison.Ordinal);

        using var response = await client.GetAsync(page.QuerySelector("#export-sie")!.GetAttribute("href"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = CodePagesEncodingProvider.Instance.GetEncoding(437)!.GetString(await response.Content.ReadAsByteArrayAsync());
        var lines = text.Split("\r\n");
        Assert.Contains("#SIETYP 4", lines);
        Assert.Contains($"#RAR 0 {LastYear}0101 {LastYear}1231", lines);
        Assert.Equal(invoices, lines.Count(l => l.StartsWith("#VER A ", StringComparison.Ordinal)));
        Assert.Equal(payments, lines.Count(l => l.StartsWith("#VER B ", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.Contains("\"Faktura 1007 Södertälje\"", StringComparison.Ordinal));
        var sum = lines.Where(l => l.StartsWith("#TRANS ", StringComparison.Ordinal))
            .Sum(l => decimal.Parse(l.Split(' ')[^1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0m, sum);
    }

    private Task<string> SodertaljeCivilServantEmailAsync() => QueryAsync(db => db.ContactPersons
        .Where(c => c.MemberId == AccessTable.SodertaljeId && c.Role == Core.Members.ContactRole.CivilServant && c.IsDelegate)
        .Select(c => c.Email).SingleAsync());
}
