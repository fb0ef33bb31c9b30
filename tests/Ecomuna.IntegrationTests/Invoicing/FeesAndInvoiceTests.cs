using System.Net;
using Ecomuna.Core.Data;
using Ecomuna.Core.Invoicing;
using Ecomuna.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ecomuna.IntegrationTests.Invoicing;

public sealed class FeesAndInvoiceTests(SqliteApp fixture) : AppTests<SqliteApp>(fixture)
{
    private int Year => App.Clock.GetLocalNow().Year;

    [Fact]
    public async Task NewFees_StartFromTheLatestYearAndAreSaved()
    {
        using var client = await AdminAsync();
        var page = await client.GetPageAsync("/Admin/Fees/Edit");
        Assert.Equal((Year + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector("#Input_Year")!.GetAttribute("value"));
        Assert.Equal("0,3", page.QuerySelector("#Input_MunicipalityFeePerInhabitant")!.GetAttribute("value"));

        using var response = await client.SubmitAsync(page, "main form[method='post']", new Dictionary<string, string>
        {
            ["Input.Year"] = (Year + 2).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.MunicipalityFeePerInhabitant"] = "0,35",
            ["Input.RegionFee"] = "27500",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await QueryAsync(db => db.FeeSchedules.SingleAsync(s => s.Year == Year + 2));
        Assert.Equal((0.35m, 27_500m, 4_000m, 150_000), (stored.MunicipalityFeePerInhabitant, stored.RegionFee, stored.MunicipalityFixedFee, stored.PopulationCap));
        var list = await client.GetPageAsync("/Admin/Fees");
        Assert.Contains(list.QuerySelectorAll("#schedules tbody th"), th => th.TextContent == (Year + 2).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Fees_WithWrongValues_ExplainInPlainWordsAndKeepWhatWasTyped()
    {
        using var client = await AdminAsync();
        var page = await client.GetPageAsync("/Admin/Fees/Edit");

        using var response = await client.SubmitAsync(page, "main form[method='post']", new Dictionary<string, string>
        {
            ["Input.RegionFee"] = "mycket",
            ["Input.VatPercent"] = "250",
            ["Input.FriendFee"] = "350",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var again = await Browsing.ParseAsync(response);
        Assert.Contains("mycket", again.QuerySelector("#region-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("procentsats mellan 0 och 100", again.QuerySelector("#vat-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("mycket", again.QuerySelector("#Input_RegionFee")!.GetAttribute("value"));
        Assert.Equal("350", again.QuerySelector("#Input_FriendFee")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Fees_UsedByAnIssuedInvoice_CannotChange()
    {
        var invoiceId = await IssueSodertaljeAsync();
        using var client = await AdminAsync();
        var page = await client.GetPageAsync($"/Admin/Fees/Edit/{Year}");
        Assert.NotNull(page.QuerySelector("#locked"));

        var form = await client.GetPageAsync($"/Admin/Fees/Edit/{Year + 10}".Replace($"{Year + 10}", "", StringComparison.Ordinal));
        using var response = await client.PostAsync($"/Admin/Fees/Edit/{Year}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = form.QuerySelector("main input[name='__RequestVerificationToken']")!.GetAttribute("value")!,
            ["Input.MunicipalityFixedFee"] = "1",
            ["Input.MunicipalityFeePerInhabitant"] = "0,01",
            ["Input.PopulationCap"] = "1",
            ["Input.RegionFee"] = "1",
            ["Input.TrainingCentreFee"] = "1",
            ["Input.EducatorOrConsultantFee"] = "1",
            ["Input.ResearcherFee"] = "1",
            ["Input.FriendFee"] = "1",
            ["Input.VatPercent"] = "0",
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("kan inte ändras", (await Browsing.ParseAsync(response)).QuerySelector(".validation-summary-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(4_000m, await QueryAsync(db => db.FeeSchedules.Where(s => s.Year == Year).Select(s => s.MunicipalityFixedFee).SingleAsync()));
        Assert.True(invoiceId > 0);
    }

    [Fact]
    public async Task Payments_PartialThenTheRest_AddUpToPaidAndAnOverpaymentShows()
    {
        var id = await IssueSodertaljeAsync();
        using var client = await AdminAsync();

        await PayAsync(client, id, "10000");
        var partly = await client.GetPageAsync($"/Admin/Invoices/Details/{id}");
        Assert.Equal("Obetald", partly.QuerySelector("#invoice-status")!.TextContent);
        Assert.Equal("24\u00a0600,00\u00a0kr", partly.QuerySelector("#invoice-outstanding")!.TextContent);

        await PayAsync(client, id, "25000,50");
        var paid = await client.GetPageAsync($"/Admin/Invoices/Details/{id}");
        Assert.Equal("Betald", paid.QuerySelector("#invoice-status")!.TextContent);
        Assert.Contains("Överbetalt", paid.QuerySelector("#invoice-outstanding")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Equal("400,50\u00a0kr", paid.QuerySelector("#invoice-outstanding")!.TextContent);
        Assert.Equal(2, paid.QuerySelectorAll("#payments tbody tr").Length);
    }

    [Fact]
    public async Task Payment_WithoutAmount_IsRefusedAndKeepsTheDate()
    {
        var id = await IssueSodertaljeAsync();
        using var client = await AdminAsync();
        var page = await client.GetPageAsync($"/Admin/Invoices/Details/{id}");

        using var response = await client.SubmitAsync(page, "#payment-form", new Dictionary<string, string> { ["Payment.Amount"] = "", ["Payment.PaidOn"] = "2026-03-04" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var again = await Browsing.ParseAsync(response);
        Assert.Contains("Belopp (kr) måste fyllas i", again.QuerySelector("#amount-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("2026-03-04", again.QuerySelector("#Payment_PaidOn")!.GetAttribute("value"));
        Assert.Equal(0, await QueryAsync(db => db.Payments.CountAsync(p => p.InvoiceId == id)));
    }

    [Fact]
    public async Task Credit_AnInvoice_IssuesACreditNoteWithTheNextNumberOnce()
    {
        var id = await IssueSodertaljeAsync();
        using var client = await AdminAsync();
        var page = await client.GetPageAsync($"/Admin/Invoices/Details/{id}");
        var lastNumber = await QueryAsync(db => db.Invoices.MaxAsync(i => i.Number));

        using var response = await client.SubmitAsync(page, "#credit-form", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var note = await client.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Equal($"Kreditfaktura {lastNumber + 1}", note.QuerySelector("h1")!.TextContent);
        Assert.Equal("34\u00a0600,00\u00a0kr", note.QuerySelector("#invoice-total")!.TextContent);
        var original = await client.GetPageAsync($"/Admin/Invoices/Details/{id}");
        Assert.Equal("Krediterad", original.QuerySelector("#invoice-status")!.TextContent);
        Assert.Null(original.QuerySelector("#credit-form"));
        Assert.Null(original.QuerySelector("#payment-form"));
        using var again = await client.SubmitAsync(page, "#credit-form", new Dictionary<string, string>());
        Assert.Equal(1, await QueryAsync(db => db.Invoices.CountAsync(i => i.CreditedInvoiceId == id)));
    }

    private static async Task PayAsync(HttpClient client, int id, string amount)
    {
        var page = await client.GetPageAsync($"/Admin/Invoices/Details/{id}");
        using var response = await client.SubmitAsync(page, "#payment-form", new Dictionary<string, string> { ["Payment.Amount"] = amount });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>Issues this year's invoices once and returns Södertälje's; fresh invoices for a test come from crediting and re-running.</summary>
    private async Task<int> IssueSodertaljeAsync()
    {
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
        var sodertalje = await db.Members.SingleAsync(m => m.Name == "Södertälje");
        await db.Invoices.Where(i => i.MemberId == sodertalje.Id && i.FeeYear == Year && i.IsCredited).ExecuteUpdateAsync(s => s.SetProperty(i => i.FeeYear, (int?)null));
        await db.Invoices.Where(i => i.MemberId == sodertalje.Id && i.FeeYear == Year && i.PaidAmount > 0).ExecuteUpdateAsync(s => s.SetProperty(i => i.FeeYear, (int?)null));
        await scope.ServiceProvider.GetRequiredService<InvoiceRun>().IssueAsync(Year, "test");
        return await db.Invoices.Where(i => i.MemberId == sodertalje.Id && i.FeeYear == Year).Select(i => i.Id).SingleAsync();
    }
}
