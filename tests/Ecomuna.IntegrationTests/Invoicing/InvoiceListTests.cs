using System.Globalization;
using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using Ecomuna.Core.Data;
using Ecomuna.Core.Invoicing;
using Ecomuna.Core.Localization;
using Ecomuna.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Ecomuna.IntegrationTests.Invoicing;

/// <summary>
/// The secretariat's invoice list. Each test that needs exact figures keeps to a past year of its own, with invoices it
/// writes itself (numbered year × 100 + n); the tests of paging and sorting use this year's fee run.
/// </summary>
public abstract class InvoiceListTests<TApp>(TApp fixture) : AppTests<TApp>(fixture)
    where TApp : AppFixture
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    [Fact]
    public async Task List_FilteredByYear_ShowsOnlyThatYearsInvoices()
    {
        using var client = await AdminAsync();
        var first = await App.AddInvoiceAsync(201101, "Södertälje", new(2011, 3, 1), new(2011, 3, 31), 1000);
        var second = await App.AddInvoiceAsync(201102, "Sotenäs", new(2011, 12, 31), new(2012, 1, 30), 2000);
        var nextYear = await App.AddInvoiceAsync(201201, "Sotenäs", new(2012, 1, 1), new(2012, 1, 31), 3000);

        var page = await client.GetPageAsync("/Admin/Invoices?year=2011");

        Assert.Equal([second.Number, first.Number], Numbers(page));
        Assert.Equal("2011", page.QuerySelector("select#year option[selected]")!.GetAttribute("value"));
        Assert.Contains("2", page.QuerySelector("#match-count")!.TextContent, StringComparison.Ordinal);
        Assert.Equal([nextYear.Number], Numbers(await client.GetPageAsync("/Admin/Invoices?year=2012")));
    }

    [Fact]
    public async Task List_FilteredByStatus_ShowsExactlyTheInvoicesWithThatStatus()
    {
        using var client = await AdminAsync();
        var today = App.Today();
        var open = await App.AddInvoiceAsync(201301, "Södertälje", new(2013, 3, 1), today.AddDays(10), 1000);
        var partlyPaid = await App.AddInvoiceAsync(201302, "Sotenäs", new(2013, 3, 1), today.AddDays(10), 2000, paid: 500);
        var paid = await App.AddInvoiceAsync(201303, "Övertorneå", new(2013, 3, 1), today.AddDays(10), 3000, paid: 3000);
        var overdue = await App.AddInvoiceAsync(201304, "Södertälje", new(2013, 3, 1), new(2013, 3, 31), 4000);
        var credited = await App.AddInvoiceAsync(201305, "Sotenäs", new(2013, 3, 1), new(2013, 3, 31), 5000);
        var creditNote = await App.AddCreditNoteAsync(credited.Id, 201306, new(2013, 6, 1));

        Assert.Equal([partlyPaid.Number, open.Number], await NumbersAsync(client, "status=Open"));
        Assert.Equal([overdue.Number], await NumbersAsync(client, "status=Overdue"));
        Assert.Equal([paid.Number], await NumbersAsync(client, "status=Paid"));
        Assert.Equal([credited.Number], await NumbersAsync(client, "status=Credited"));
        Assert.Equal([creditNote.Number], await NumbersAsync(client, "status=CreditNote"));
        var statuses = (await client.GetPageAsync("/Admin/Invoices?year=2013")).QuerySelectorAll("#invoices tbody tr")
            .ToDictionary(row => long.Parse(row.QuerySelector("th")!.TextContent, CultureInfo.InvariantCulture), row => row.QuerySelectorAll("td")[^1].TextContent.Trim());
        Assert.Equal("Obetald", statuses[open.Number]);
        Assert.Equal("Förfallen", statuses[overdue.Number]);
        Assert.Equal("Betald", statuses[paid.Number]);
        Assert.Equal("Krediterad", statuses[credited.Number]);
        Assert.Equal("Kreditfaktura", statuses[creditNote.Number]);
    }

    [Fact]
    public async Task List_AfterTheDueDatePasses_OpenInvoicesAreOverdue()
    {
        using var client = await AdminAsync();
        var today = App.Today();
        var open = await App.AddInvoiceAsync(201401, "Södertälje", new(2014, 3, 1), today.AddDays(10), 1000);
        var partlyPaid = await App.AddInvoiceAsync(201402, "Sotenäs", new(2014, 3, 1), today.AddDays(10), 2000, paid: 1999);
        var paid = await App.AddInvoiceAsync(201403, "Sotenäs", new(2014, 3, 1), today.AddDays(10), 3000, paid: 3000);
        Assert.Empty(await NumbersAsync(client, "status=Overdue", year: 2014));

        App.Clock.Advance(TimeSpan.FromDays(11));
        try
        {
            // Signed in anew: the sign-in of 11 days ago has expired.
            using var later = await AdminAsync();
            Assert.Equal([partlyPaid.Number, open.Number], await NumbersAsync(later, "status=Overdue", year: 2014));
            Assert.Empty(await NumbersAsync(later, "status=Open", year: 2014));
            Assert.Equal([paid.Number], await NumbersAsync(later, "status=Paid", year: 2014));
        }
        finally
        {
            App.Clock.Advance(TimeSpan.FromDays(-11));
        }
    }

    [Fact]
    public async Task Totals_AndChart_AddUpInvoicedPaidAndOutstandingForTheFilter()
    {
        using var client = await AdminAsync();
        var today = App.Today();
        await App.AddInvoiceAsync(201501, "Södertälje", new(2015, 2, 1), new(2015, 3, 1), 1000, paid: 1000);
        await App.AddInvoiceAsync(201502, "Sotenäs", new(2015, 2, 1), today.AddDays(5), 2000, paid: 500);
        var credited = await App.AddInvoiceAsync(201503, "Övertorneå", new(2015, 2, 1), new(2015, 3, 1), 3000);
        await App.AddCreditNoteAsync(credited.Id, 201504, new(2015, 4, 1));
        await App.AddInvoiceAsync(201505, "Södertälje", new(2015, 5, 1), new(2015, 6, 1), 1500);

        var page = await client.GetPageAsync("/Admin/Invoices?year=2015");

        // Invoiced 1000 + 2000 + 3000 + 1500 less the 3000 credited; paid 1000 + 500; outstanding 1500 + 1500.
        AssertTotals(page, invoiced: 4500, paid: 1500, outstanding: 3000);
        AssertYear(page, 2015, invoiced: 4500, paid: 1500, outstanding: 3000);
        Assert.Equal("table-active", page.QuerySelector("#per-year tr[data-year='2015']")!.GetAttribute("class"));
        Assert.Equal("img", page.QuerySelector("svg#year-chart")!.GetAttribute("role"));
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("svg#year-chart title#year-chart-title")!.TextContent));

        var open = await client.GetPageAsync("/Admin/Invoices?year=2015&status=Open");

        AssertTotals(open, invoiced: 2000, paid: 500, outstanding: 1500);
        AssertYear(open, 2015, invoiced: 2000, paid: 500, outstanding: 1500);
    }

    [Fact]
    public async Task Chart_ShowsEveryYearOfTheFilterWhateverYearIsChosen()
    {
        using var client = await AdminAsync();
        await App.AddInvoiceAsync(201601, "Sotenäs", new(2016, 2, 1), new(2016, 3, 1), 1200, paid: 200);
        await App.AddInvoiceAsync(201701, "Sotenäs", new(2017, 2, 1), new(2017, 3, 1), 1700);

        var page = await client.GetPageAsync("/Admin/Invoices?year=2017&q=sotenäs");

        AssertTotals(page, invoiced: 1700, paid: 0, outstanding: 1700);
        AssertYear(page, 2016, invoiced: 1200, paid: 200, outstanding: 1000);
        AssertYear(page, 2017, invoiced: 1700, paid: 0, outstanding: 1700);
        Assert.Equal("bold", page.QuerySelectorAll("svg#year-chart text").Single(t => t.TextContent == "2017").GetAttribute("font-weight"));
    }

    [Fact]
    public async Task CsvExport_OfAFilter_ReturnsExactlyTheFilteredInvoicesWithAHeader()
    {
        using var client = await AdminAsync();
        var today = App.Today();
        var open = await App.AddInvoiceAsync(201801, "Södertälje", new(2018, 2, 1), today.AddDays(5), 2500, paid: 1000);
        var other = await App.AddInvoiceAsync(201802, "Övertorneå", new(2018, 2, 2), today.AddDays(5), 1200);
        await App.AddInvoiceAsync(201803, "Sotenäs", new(2018, 2, 3), new(2018, 3, 3), 3000, paid: 3000);
        var credited = await App.AddInvoiceAsync(201804, "Sotenäs", new(2018, 2, 4), new(2018, 3, 4), 4000);
        await App.AddCreditNoteAsync(credited.Id, 201805, new(2018, 2, 5));
        var list = await client.GetPageAsync("/Admin/Invoices?year=2018&status=Open&sort=number");

        var lines = await CsvAsync(client, list.QuerySelector("a#export-csv")!.GetAttribute("href")!);

        Assert.Equal("Nummer,Typ,Medlem,Fakturadatum,Förfallodatum,OCR-nummer,Belopp,Betalt,Kvar att betala,Status", lines[0]);
        Assert.Equal(
        [
            $"201801,Faktura,Södertälje,2018-02-01,{today.AddDays(5):yyyy-MM-dd},{open.OcrReference},2500.00,1000.00,1500.00,Obetald",
            $"201802,Faktura,Övertorneå,2018-02-02,{today.AddDays(5):yyyy-MM-dd},{other.OcrReference},1200.00,0.00,1200.00,Obetald",
        ], lines[1..]);

        var all = await CsvAsync(client, "/Admin/Invoices?handler=Csv&year=2018");

        Assert.Equal(["201805", "201804", "201803", "201802", "201801"], all[1..].Select(line => line.Split(',')[0]));
        Assert.Equal("201805,Kreditfaktura,Sotenäs,2018-02-05,,,-4000.00,0.00,0.00,Kreditfaktura", all[1]);
    }

    [Fact]
    public async Task List_ThisYearsFeeRun_PagesBy25AndTheLastPageHasTheRest()
    {
        using var client = await AdminAsync();
        await App.IssueThisYearsFeesAsync();
        var year = App.Clock.GetLocalNow().Year;
        var count = await QueryAsync(db => db.Invoices.CountAsync(i => i.FeeYear == year));
        var pages = (count + 24) / 25;
        Assert.True(pages > 1, $"The demo run issued {count} invoices, too few to page.");

        var first = await client.GetPageAsync($"/Admin/Invoices?year={year}");

        Assert.Equal(25, Numbers(first).Count);
        Assert.Contains(count.ToString(CultureInfo.InvariantCulture), first.QuerySelector("#match-count")!.TextContent, StringComparison.Ordinal);
        var last = first.QuerySelectorAll(".pagination a").Single(a => a.TextContent.Trim().EndsWith(pages.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)).GetAttribute("href")!;
        var lastPage = await client.GetPageAsync(last);
        Assert.Equal(count - (25 * (pages - 1)), Numbers(lastPage).Count);
        Assert.NotNull(lastPage.QuerySelector(".pagination a[href='" + last + "'][aria-current='page']"));
        Assert.Empty(Numbers(first).Intersect(Numbers(lastPage)));
    }

    [Fact]
    public async Task List_Unfiltered_ShowsTheNewestFirstAndLinksEachNumberToItsInvoice()
    {
        using var client = await AdminAsync();
        await App.IssueThisYearsFeesAsync();
        var newest = await QueryAsync(db => db.Invoices.OrderByDescending(i => i.Number).Select(i => new { i.Id, i.Number }).FirstAsync());

        var page = await client.GetPageAsync("/Admin/Invoices");

        var link = page.QuerySelector("#invoices tbody tr th a")!;
        Assert.Equal(newest.Number.ToString(CultureInfo.InvariantCulture), link.TextContent);
        Assert.Equal($"/Admin/Invoices/Details/{newest.Id}", link.GetAttribute("href"));
        Assert.Equal("descending", page.QuerySelectorAll("#invoices thead th")[0].GetAttribute("aria-sort"));
        Assert.NotNull(page.QuerySelector("a[href='/Admin/Invoices/Run']"));
    }

    [Fact]
    public async Task List_SearchInLowerCase_FindsMembersWhoseNamesStartWithAnUmlaut()
    {
        using var client = await AdminAsync();
        await App.AddInvoiceAsync(201901, "Övertorneå", new(2019, 2, 1), new(2019, 3, 1), 900);
        await App.AddInvoiceAsync(201902, "Södertälje", new(2019, 2, 1), new(2019, 3, 1), 900);

        var page = await client.GetPageAsync("/Admin/Invoices?year=2019&q=" + Uri.EscapeDataString("över"));

        Assert.Equal([201901L], Numbers(page));
        Assert.Equal("över", page.QuerySelector("input#q")!.GetAttribute("value"));
        Assert.Equal([201902L], await NumbersAsync(client, "q=" + Uri.EscapeDataString("SÖDERTÄLJE"), year: 2019));
    }

    [Fact]
    public async Task List_SortedByTotalThenDescending_PutsTheLargestFirst()
    {
        using var client = await AdminAsync();
        await App.AddInvoiceAsync(202001, "Södertälje", new(2020, 2, 1), new(2020, 3, 1), 900);
        await App.AddInvoiceAsync(202002, "Sotenäs", new(2020, 2, 1), new(2020, 3, 1), 12000);
        var credited = await App.AddInvoiceAsync(202003, "Övertorneå", new(2020, 2, 1), new(2020, 3, 1), 4000);
        await App.AddCreditNoteAsync(credited.Id, 202004, new(2020, 2, 2));
        var first = await client.GetPageAsync("/Admin/Invoices?year=2020");
        var ascending = await client.GetPageAsync(SortLink(first, "total"));

        var descending = await client.GetPageAsync(SortLink(ascending, "total"));

        Assert.Equal([202004L, 202001L, 202003L, 202002L], Numbers(ascending));
        Assert.Equal([202002L, 202003L, 202001L, 202004L], Numbers(descending));
        Assert.Equal("descending", descending.QuerySelectorAll("#invoices thead th")[4].GetAttribute("aria-sort"));
        var byStatus = await client.GetPageAsync(SortLink(first, "status"));
        Assert.Equal("ascending", byStatus.QuerySelectorAll("#invoices thead th")[7].GetAttribute("aria-sort"));
        Assert.Equal([202001L, 202002L, 202003L, 202004L], Numbers(byStatus));
    }

    [Fact]
    public async Task StartPage_LinksToInvoicesAndFees()
    {
        using var client = await AdminAsync();

        var page = await client.GetPageAsync("/Admin");

        Assert.Equal("Fakturor", page.QuerySelector("main a[href='/Admin/Invoices']")!.TextContent);
        Assert.Equal("Avgifter", page.QuerySelector("main a[href='/Admin/Fees']")!.TextContent);
    }

    private static List<long> Numbers(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("#invoices tbody tr th").Select(th => long.Parse(th.TextContent, CultureInfo.InvariantCulture))];

    private static async Task<List<long>> NumbersAsync(HttpClient client, string query, int year = 2013) =>
        Numbers(await client.GetPageAsync($"/Admin/Invoices?year={year}&{query}"));

    private static string SortLink(IHtmlDocument page, string key) =>
        page.QuerySelectorAll("#invoices thead a").Single(a => a.GetAttribute("href")!.Contains("sort=" + key, StringComparison.Ordinal)).GetAttribute("href")!;

    private static async Task<string[]> CsvAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        return Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }

    private static void AssertTotals(IHtmlDocument page, decimal invoiced, decimal paid, decimal outstanding)
    {
        Assert.Equal(Money.Format(invoiced, culture: Swedish), page.QuerySelector("#total-invoiced")!.TextContent);
        Assert.Equal(Money.Format(paid, culture: Swedish), page.QuerySelector("#total-paid")!.TextContent);
        Assert.Equal(Money.Format(outstanding, culture: Swedish), page.QuerySelector("#total-outstanding")!.TextContent);
    }

    private static void AssertYear(IHtmlDocument page, int year, decimal invoiced, decimal paid, decimal outstanding)
    {
        var cells = page.QuerySelectorAll($"#per-year tr[data-year='{year}'] td").Select(td => td.TextContent).ToList();
        Assert.Equal([Money.Format(invoiced, culture: Swedish), Money.Format(paid, culture: Swedish), Money.Format(outstanding, culture: Swedish)], cells);
        string Bar(string series) => page.QuerySelector($"svg#year-chart rect[data-year='{year}'][data-series='{series}']")!.GetAttribute("data-value")!;
        Assert.Equal(invoiced, decimal.Parse(Bar("Invoiced"), CultureInfo.InvariantCulture));
        Assert.Equal(paid, decimal.Parse(Bar("Paid"), CultureInfo.InvariantCulture));
        Assert.Equal(outstanding, decimal.Parse(Bar("Outstanding"), CultureInfo.InvariantCulture));
    }
}

public sealed class InvoiceListTestsOnSqlite(SqliteApp fixture) : InvoiceListTests<SqliteApp>(fixture);

public sealed class InvoiceListTestsOnPostgres(PostgresApp fixture) : InvoiceListTests<PostgresApp>(fixture);
