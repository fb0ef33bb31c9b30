using System.Globalization;
using Ecomuna.Core.Data;
using Ecomuna.Core.Invoicing;
using Ecomuna.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Ecomuna.IntegrationTests.Invoicing;

/// <summary>A contact person sees the invoices of the member they act for, and never another member's.</summary>
public abstract class OurInvoicesTests<TApp>(TApp fixture) : AppTests<TApp>(fixture)
    where TApp : AppFixture
{
    [Fact]
    public async Task List_ForSodertaljesContact_ShowsAllOfSodertaljesInvoicesNewestFirstAndNoneOfSotenas()
    {
        await App.IssueThisYearsFeesAsync();
        var older = await App.AddInvoiceAsync(202101, "Södertälje", new(2021, 2, 1), new(2021, 3, 1), 900, paid: 900);
        var credited = await App.AddInvoiceAsync(202102, "Södertälje", new(2021, 2, 2), new(2021, 3, 2), 800);
        var creditNote = await App.AddCreditNoteAsync(credited.Id, 202103, new(2021, 4, 1));
        await App.AddInvoiceAsync(202104, "Sotenäs", new(2021, 2, 1), new(2021, 3, 1), 700);
        var current = await InvoiceOfThisYearAsync("Södertälje");
        var lastYear = App.Clock.GetLocalNow().Year - 1;
        var lastYears = await QueryAsync(db => db.Invoices.Where(i => i.BuyerName == "Södertälje" && i.FeeYear == lastYear).Select(i => i.Number).SingleAsync());
        using var client = await ContactPersonAsync(DemoMembers.Sodertalje);

        var page = await client.GetPageAsync("/Organisation/Invoices");

        var numbers = page.QuerySelectorAll("#our-invoices tbody th").Select(th => long.Parse(th.TextContent, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal([current.Number, lastYears, creditNote.Number, credited.Number, older.Number], numbers);
        var sotenas = await QueryAsync(db => db.Invoices.Where(i => i.BuyerName == "Sotenäs").Select(i => i.Number).ToListAsync());
        Assert.NotEmpty(sotenas);
        Assert.Empty(numbers.Intersect(sotenas));
        Assert.DoesNotContain("Sotenäs", page.Body!.TextContent, StringComparison.Ordinal);
        var row = page.QuerySelector($"#our-invoices tr[data-invoice-id='{current.Id}']")!;
        Assert.Contains(current.OcrReference, row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Obetald", row.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/Organisation/Invoices/Pdf/{current.Id}", row.QuerySelector("a.pdf-link")!.GetAttribute("href"));
        Assert.Contains("Betald", page.QuerySelector($"#our-invoices tr[data-invoice-id='{older.Id}']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_ForSotenasContact_ShowsOnlySotenasInvoices()
    {
        await App.IssueThisYearsFeesAsync();
        var current = await InvoiceOfThisYearAsync("Sotenäs");
        using var client = await ContactPersonAsync(DemoMembers.Sotenas);

        var page = await client.GetPageAsync("/Organisation/Invoices");

        var ids = page.QuerySelectorAll("#our-invoices tbody tr").Select(tr => int.Parse(tr.GetAttribute("data-invoice-id")!, CultureInfo.InvariantCulture)).ToList();
        var expected = await QueryAsync(db => db.Invoices.Where(i => i.MemberId == current.MemberId).Select(i => i.Id).ToListAsync());
        Assert.Equal(expected.Order(), ids.Order());
        Assert.Contains(current.Id, ids);
        Assert.DoesNotContain("Södertälje", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HowToPay_OpenInvoice_GivesTheBankgiroAmountAndOcrNumber()
    {
        await App.IssueThisYearsFeesAsync();
        var current = await InvoiceOfThisYearAsync("Södertälje");
        var bankgiro = App.Services.GetRequiredService<IOptions<AssociationOptions>>().Value.Bankgiro;
        using var client = await ContactPersonAsync(DemoMembers.Sodertalje);

        var page = await client.GetPageAsync("/Organisation/Invoices");

        Assert.Contains(bankgiro, page.QuerySelector("#how-to-pay")!.TextContent, StringComparison.Ordinal);
        var line = page.QuerySelectorAll("#to-pay li").Single(li => li.TextContent.Contains(current.OcrReference, StringComparison.Ordinal)).TextContent;
        Assert.Contains(bankgiro, line, StringComparison.Ordinal);
        Assert.Contains(current.Number.ToString(CultureInfo.InvariantCulture), line, StringComparison.Ordinal);
        Assert.Contains(Ecomuna.Core.Localization.Money.Format(current.Total - current.PaidAmount, culture: CultureInfo.GetCultureInfo("sv-SE")), line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyOrganisation_LinksToOurInvoices()
    {
        using var client = await ContactPersonAsync(DemoMembers.Sodertalje);

        var page = await client.GetPageAsync("/Organisation");

        Assert.Equal("/Organisation/Invoices", page.QuerySelector("a#our-invoices-link")!.GetAttribute("href"));
    }

    private async Task<Invoice> InvoiceOfThisYearAsync(string memberName)
    {
        var year = App.Clock.GetLocalNow().Year;
        return await QueryAsync(db => db.Invoices.AsNoTracking().SingleAsync(i => i.BuyerName == memberName && i.FeeYear == year));
    }
}

public sealed class OurInvoicesTestsOnSqlite(SqliteApp fixture) : OurInvoicesTests<SqliteApp>(fixture);

public sealed class OurInvoicesTestsOnPostgres(PostgresApp fixture) : OurInvoicesTests<PostgresApp>(fixture);
