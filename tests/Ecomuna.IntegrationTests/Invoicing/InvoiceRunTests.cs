using System.Net;
using Ecomuna.Core.Data;
using Ecomuna.Core.Invoicing;
using Ecomuna.Core.Members;
using Ecomuna.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ecomuna.IntegrationTests.Invoicing;

/// <summary>The yearly run on a fresh demo database per test class: 95 members, this year's fees, Övertorneå without an address.</summary>
public abstract class InvoiceRunTests<TApp>(TApp fixture) : AppTests<TApp>(fixture)
    where TApp : AppFixture
{
    private int Year => App.Clock.GetLocalNow().Year;

    [Fact]
    public async Task Run_PreviewThenIssue_InvoicesEveryMemberOnceWithGaplessNumbersAndValidOcr()
    {
        await ResetInvoicesAsync();
        using var client = await AdminAsync();

        var preview = await client.GetPageAsync($"/Admin/Invoices/Run?year={Year}");

        Assert.Equal(94, preview.QuerySelectorAll("#to-invoice tbody tr").Length);
        var cannot = preview.QuerySelectorAll("#cannot-invoice tbody tr").Single();
        Assert.Contains("Övertorneå", cannot.TextContent, StringComparison.Ordinal);
        Assert.Contains("Ingen fakturaadress", cannot.TextContent, StringComparison.Ordinal);
        var sodertalje = preview.QuerySelectorAll("#to-invoice tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "Södertälje");
        Assert.Equal("34\u00a0600\u00a0kr", sodertalje.QuerySelectorAll("td")[2].TextContent);
        var stockholm = preview.QuerySelectorAll("#to-invoice tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "Stockholm");
        Assert.Equal("49\u00a0000\u00a0kr", stockholm.QuerySelectorAll("td")[2].TextContent);

        var result = await IssueThroughThePageAsync(client, preview);

        Assert.Contains("94 fakturor", result, StringComparison.Ordinal);
        var invoices = await QueryAsync(db => db.Invoices.Include(i => i.Lines).Where(i => i.FeeYear == Year).OrderBy(i => i.Number).ToListAsync());
        Assert.Equal(94, invoices.Count);
        Assert.Equal(Enumerable.Range(1001, 94).Select(n => (long)n), invoices.Select(i => i.Number));
        Assert.All(invoices, i => Assert.True(OcrReference.IsValid(i.OcrReference) && OcrReference.InvoiceNumberFrom(i.OcrReference) == i.Number));
        var invoice = invoices.Single(i => i.BuyerName == "Södertälje");
        Assert.Equal((34_600m, 34_600m, 0m), (invoice.Total, invoice.NetAmount, invoice.VatAmount));
        Assert.Equal(invoice.IssueDate.AddDays(30), invoice.DueDate);
        Assert.Equal("Miljöstrateg", invoice.BuyerReference);
        Assert.StartsWith("Kommunhuset\n", invoice.BuyerAddress, StringComparison.Ordinal);
        Assert.Equal($"Medlemsavgift {Year} (102\u00a0000 invånare)", invoice.Lines.Single().Description);
    }

    [Fact]
    public async Task Run_IssuedTwice_NeverInvoicesAMemberTwice()
    {
        await ResetInvoicesAsync();
        using var scope = App.Services.CreateScope();
        var run = scope.ServiceProvider.GetRequiredService<InvoiceRun>();
        Assert.Equal(94, await run.IssueAsync(Year, "test"));

        Assert.Equal(0, await run.IssueAsync(Year, "test"));

        var preview = await run.PreviewAsync(Year);
        Assert.Equal((0, 94), (preview.ToInvoice.Count, preview.AlreadyInvoiced));
        Assert.Equal(94, await QueryAsync(db => db.Invoices.CountAsync(i => i.FeeYear == Year)));
        using var client = await AdminAsync();
        var page = await client.GetPageAsync($"/Admin/Invoices/Run?year={Year}");
        Assert.Null(page.QuerySelector("#issue"));
    }

    [Fact]
    public async Task Run_TwoAtTheSameMoment_GiveEachMemberOneInvoiceAndNumbersWithoutGapsOrDuplicates()
    {
        await ResetInvoicesAsync();
        await QueryAsync(async db =>
        {
            db.FeeSchedules.Add(new FeeSchedule { Year = Year + 1 });
            return await db.SaveChangesAsync();
        });

        async Task<int> IssueAsync(int year)
        {
            using var scope = App.Services.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<InvoiceRun>().IssueAsync(year, "admin " + year);
        }

        // Two runs for this year race for the same members; a run for next year (regions only: no population
        // yet) races for the numbers.
        var issued = await Task.WhenAll(Task.Run(() => IssueAsync(Year)), Task.Run(() => IssueAsync(Year)), Task.Run(() => IssueAsync(Year + 1)));

        var regions = await QueryAsync(db => db.Members.CountAsync(m => m.Kind == MemberKind.Region && m.Status == MembershipStatus.Active));
        Assert.Contains(94, issued);
        Assert.Contains(regions, issued);
        Assert.Equal(94 + regions, issued.Sum());
        var numbers = await QueryAsync(db => db.Invoices.OrderBy(i => i.Number).Select(i => i.Number).ToListAsync());
        Assert.Equal(Enumerable.Range(1001, 94 + regions).Select(n => (long)n), numbers);
        Assert.Equal(94, await QueryAsync(db => db.Invoices.Where(i => i.FeeYear == Year).Select(i => i.MemberId).Distinct().CountAsync()));
    }

    [Fact]
    public async Task Run_FailingPartWay_LeavesNothingIssued()
    {
        await ResetInvoicesAsync();
        // An invoice entered outside the series takes a number the run will reach: the run's sixth invoice collides.
        await QueryAsync(async db =>
        {
            var overtornea = await db.Members.SingleAsync(m => m.Name == "Övertorneå");
            db.Invoices.Add(Build.Invoice(
                1006, overtornea.Id, "Övertorneå", new DateOnly(Year, 1, 2), new DateOnly(Year, 2, 1), 100, default, buyerAddress: "Box 1", issuedBy: "legacy"));
            return await db.SaveChangesAsync();
        });
        using var client = await AdminAsync();
        var preview = await client.GetPageAsync($"/Admin/Invoices/Run?year={Year}");

        var result = await IssueThroughThePageAsync(client, preview, expectFailure: true);

        Assert.Contains("En fakturering sparar ingenting", result, StringComparison.Ordinal);
        Assert.Equal(0, await QueryAsync(db => db.Invoices.CountAsync(i => i.FeeYear == Year)));
        Assert.Equal(0, await QueryAsync(db => db.InvoiceNumberSeries.CountAsync(s => s.LastNumber > 1000)));
    }

    [Fact]
    public async Task Run_WithoutFeesForTheYear_SaysSoAndOffersToEnterThem()
    {
        using var client = await AdminAsync();

        var page = await client.GetPageAsync($"/Admin/Invoices/Run?year={Year + 5}");

        Assert.Contains($"Det finns inga avgifter för {Year + 5}", page.QuerySelector("#no-schedule")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#issue"));
    }

    private static async Task<string> IssueThroughThePageAsync(HttpClient client, AngleSharp.Html.Dom.IHtmlDocument preview, bool expectFailure = false)
    {
        var state = await client.StartAndWaitAsync(preview, "#issue-form");
        Assert.Equal(expectFailure ? "alert" : "status", state.GetAttribute("role"));
        return state.TextContent;
    }

    private async Task ResetInvoicesAsync() => await QueryAsync(async db =>
    {
        await db.Payments.ExecuteDeleteAsync();
        await db.InvoiceSends.ExecuteDeleteAsync();
        await db.InvoiceLines.ExecuteDeleteAsync();
        await db.Invoices.Where(i => i.CreditedInvoiceId != null).ExecuteDeleteAsync();
        await db.Invoices.ExecuteDeleteAsync();
        await db.InvoiceNumberSeries.ExecuteDeleteAsync();
        return await db.FeeSchedules.Where(s => s.Year != Year).ExecuteDeleteAsync();
    });
}

public sealed class InvoiceRunTestsOnSqlite(SqliteApp fixture) : InvoiceRunTests<SqliteApp>(fixture);

public sealed class InvoiceRunTestsOnPostgres(PostgresApp fixture) : InvoiceRunTests<PostgresApp>(fixture);
