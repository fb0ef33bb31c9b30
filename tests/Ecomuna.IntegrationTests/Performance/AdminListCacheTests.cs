using System.Net;
using Ecomuna.Core.Audit;
using Ecomuna.Core.Data;
using Ecomuna.IntegrationTests.Access;
using Ecomuna.IntegrationTests.Infrastructure;
using Ecomuna.IntegrationTests.Examples;
using Microsoft.EntityFrameworkCore;

namespace Ecomuna.IntegrationTests.Performance;

/// <summary>
/// The admin's member and invoice lists are kept per browser session: a repeated view comes from memory (it carries an
/// Age header), another session gets a page of its own whose forms work, a change shows at once, and the audited CSV
/// downloads are made every time.
/// </summary>
public sealed class AdminListCacheTests(SqliteApp fixture) : AppTests<SqliteApp>(fixture)
{
    [Fact]
    public async Task MemberList_IsKeptPerSession_AndShowsAnEditAtOnce()
    {
        const string list = "/Admin/Members?q=S%C3%B6dert";
        using var admin = await AdminAsync();
        (await admin.GetAsync(list)).Dispose();
        using (var again = await admin.GetAsync(list))
        {
            Assert.NotNull(again.Headers.Age);
        }

        // The same admin in another browser: a page of its own, whose antiforgery tokens match that browser's cookies.
        using var otherBrowser = await AdminAsync();
        using (var first = await otherBrowser.GetAsync(list))
        {
            Assert.Null(first.Headers.Age);
        }

        var cached = await otherBrowser.GetPageAsync(list);
        using (var switched = await otherBrowser.SubmitAsync(cached, "form[action^='/Culture']", new Dictionary<string, string>(), submitButton: "culture"))
        {
            Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        }

        var edit = await admin.GetPageAsync($"/Admin/Members/Edit/{AccessTable.SodertaljeId}");
        using (var saved = await admin.SubmitAsync(edit, "main form[method='post']", new Dictionary<string, string> { ["Input.Name"] = "Södertälje kommun, ny" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var after = await admin.GetPageAsync(list);
        Assert.Contains("Södertälje kommun, ny", after.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvoiceList_ShowsAPaymentAtOnce()
    {
        using var admin = await AdminAsync();
        var before = (await admin.GetPageAsync("/Admin/Invoices")).QuerySelector("#total-paid")!.TextContent;
        using (var again = await admin.GetAsync("/Admin/Invoices"))
        {
            Assert.NotNull(again.Headers.Age);
        }

        var details = await admin.GetPageAsync($"/Admin/Invoices/Details/{AccessTable.SodertaljeInvoiceId}");
        using (var paid = await admin.SubmitAsync(details, "#payment-form", new Dictionary<string, string> { ["Payment.Amount"] = "100", ["Payment.Reference"] = "Delbetalning" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, paid.StatusCode);
        }

        var after = (await admin.GetPageAsync("/Admin/Invoices")).QuerySelector("#total-paid")!.TextContent;
        Assert.NotEqual(before, after);
    }

    [Fact]
    public async Task CsvDownload_IsMadeAndAuditedEveryTime()
    {
        using var admin = await AdminAsync();
        var downloadsBefore = await DownloadsAsync();
        using (var first = await admin.GetAsync("/Admin/Members?handler=Csv"))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        using (var second = await admin.GetAsync("/Admin/Members?handler=Csv"))
        {
            Assert.Equal(HttpStatusCode.OK, second.StatusCode);
            Assert.Null(second.Headers.Age);
        }

        Assert.Equal(downloadsBefore + 2, await DownloadsAsync());
    }

    private Task<int> DownloadsAsync() =>
        QueryAsync(db => db.AuditEntries.CountAsync(e => e.Kind == AuditKind.Exported));
}
