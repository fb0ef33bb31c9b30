using System.Net;
using Ecomuna.Core.Audit;
using Ecomuna.Core.Data;
using Ecomuna.Core.Demo;
using Ecomuna.Core.Events;
using Ecomuna.Core.Examples;
using Ecomuna.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ecomuna.IntegrationTests.Audit;

/// <summary>The audit log: what sign-ins, exports and deletions leave in it, the admin page over it, and its retention.</summary>
public abstract class AuditLogTests<TApp>(TApp fixture) : AppTests<TApp>(fixture)
    where TApp : AppFixture
{
    [Fact]
    public async Task Login_WithWrongPasswordThenTheRightOne_RecordsAFailureThenASuccess()
    {
        var email = await App.CreateUserAsync();
        using var client = AnonymousClient();

        using (var wrong = await client.SubmitLoginAsync(email, "not the right password"))
        {
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        using (var right = await client.SubmitLoginAsync(email, TestUsers.Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        }

        var entries = await EntriesOfAsync(email);
        Assert.Equal(
            [(AuditKind.SignInFailed, AuditOutcome.Failed, "Wrong password"), (AuditKind.SignInSucceeded, AuditOutcome.Succeeded, "Signed in with password")],
            entries.Select(e => (e.Kind, e.Outcome, e.Summary)));
        var userId = await UserIdAsync(email);
        Assert.All(entries, e => Assert.Equal((userId, "Test Person", "User", userId), (e.ActorUserId, e.ActorName, e.TargetType, e.TargetId)));
    }

    [Fact]
    public async Task Login_WithAnUnknownAddress_RecordsAFailureWithNoAccount()
    {
        var email = $"nobody-{Guid.NewGuid():N}@test.ecomuna.org";
        using var client = AnonymousClient();

        using var response = await client.SubmitLoginAsync(email, "whatever password they tried");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
        var entry = Assert.Single(await db.AuditEntries.Where(e => e.Summary.Contains(email)).ToListAsync());
        Assert.Equal((AuditKind.SignInFailed, AuditOutcome.Failed, null), (entry.Kind, entry.Outcome, entry.ActorUserId));
        Assert.DoesNotContain("whatever password", entry.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_FiveWrongPasswords_RecordsTheLockout_AndTheRightPasswordAfterItAsRefused()
    {
        var email = await App.CreateUserAsync();
        using var client = AnonymousClient();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var wrong = await client.SubmitLoginAsync(email, "not the right password");
        }

        using (var right = await client.SubmitLoginAsync(email, TestUsers.Password))
        {
            Assert.Equal("/Account/Lockout", right.Headers.Location?.OriginalString);
        }

        var kinds = (await EntriesOfAsync(email)).Select(e => (e.Kind, e.Outcome)).ToList();
        Assert.Equal(
            [.. Enumerable.Repeat((AuditKind.SignInFailed, AuditOutcome.Failed), 4), (AuditKind.Lockout, AuditOutcome.Failed), (AuditKind.SignInFailed, AuditOutcome.Failed)],
            kinds);
        Assert.Contains("locked out", (await EntriesOfAsync(email))[^1].Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminCsvExport_IsRecordedWithWhatWasAskedFor()
    {
        using var client = await AdminAsync();
        var before = await LastIdAsync();

        using var csv = await client.GetAsync("/Admin/Members?handler=Csv&kind=Region");

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var entry = Assert.Single(await EntriesAfterAsync(before), e => e.Kind == AuditKind.Exported);
        Assert.Equal(DemoDataSeeder.AdminEmail, entry.ActorEmail);
        Assert.Contains("members-", entry.Summary, StringComparison.Ordinal);
        Assert.Contains("/Admin/Members?handler=Csv&kind=Region", entry.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminDeletingATheme_IsRecorded()
    {
        var name = $"Tema att ta bort {Guid.NewGuid():N}"[..30];
        int themeId;
        using (var scope = App.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
            var theme = new ExampleTheme { NameSv = name, NameEn = "Theme to delete" };
            db.ExampleThemes.Add(theme);
            await db.SaveChangesAsync();
            themeId = theme.Id;
        }

        using var client = await AdminAsync();
        var page = await client.GetPageAsync("/Admin/Examples/Themes");
        var form = page.QuerySelectorAll("form").Single(f => (f.GetAttribute("action") ?? "").Contains("handler=Delete", StringComparison.Ordinal)
            && f.TextContent.Contains(name, StringComparison.Ordinal));
        using var deleted = await client.SubmitAsync(page, $"form[action='{form.GetAttribute("action")}']", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        using var check = App.Services.CreateScope();
        var after = check.ServiceProvider.GetRequiredService<EcomunaDbContext>();
        Assert.False(await after.ExampleThemes.AnyAsync(t => t.Id == themeId));
        var entry = Assert.Single(await after.AuditEntries.Where(e => e.Summary.Contains(name)).ToListAsync());
        Assert.Equal((AuditKind.Deleted, DemoDataSeeder.AdminEmail, nameof(ExampleTheme), themeId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            (entry.Kind, entry.ActorEmail, entry.TargetType, entry.TargetId));
    }

    [Fact]
    public async Task AdminSendingAndCreditingAnInvoice_IsRecorded()
    {
        var invoiceId = Access.AccessTable.SodertaljeInvoiceId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var before = await LastIdAsync();
        using var client = await AdminAsync();
        var page = await client.GetPageAsync($"/Admin/Invoices/Details/{invoiceId}");
        using (var sent = await client.SubmitAsync(page, "#send-form", new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        }

        page = await client.GetPageAsync($"/Admin/Invoices/Details/{invoiceId}");
        using (var credited = await client.SubmitAsync(page, "#credit-form", new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.Redirect, credited.StatusCode);
        }

        var entries = (await EntriesAfterAsync(before)).Where(e => e.TargetType == "Invoice").ToList();
        Assert.Equal(
            [(AuditKind.InvoicesSent, DemoDataSeeder.AdminEmail, invoiceId), (AuditKind.InvoiceCredited, DemoDataSeeder.AdminEmail, invoiceId)],
            entries.Select(e => (e.Kind, e.ActorEmail, e.TargetId)).ToList());
    }

    [Fact]
    public async Task AuditPage_FiltersByActorKindDatesAndWords_PagesNewestFirst_AndExportsWhatItShows()
    {
        var actor = $"pager-{Guid.NewGuid():N}@test.ecomuna.org";
        var now = App.Clock.GetUtcNow().UtcDateTime;
        var tenDaysAgo = now.AddDays(-10);
        await ExecuteAsync(db =>
        {
            for (var i = 0; i < 52; i++)
            {
                db.AuditEntries.Add(Entry(actor, AuditKind.Exported, $"Export number {i}", now.AddMinutes(-i - 1)));
            }

            for (var i = 0; i < 3; i++)
            {
                db.AuditEntries.Add(Entry(actor, AuditKind.Deleted, $"Deleted the Örebro theme {i}", tenDaysAgo.AddMinutes(i)));
            }
        });

        using var client = await AdminAsync();
        var by = Uri.EscapeDataString(actor[..20].ToUpperInvariant());

        var first = await client.GetPageAsync($"/Admin/Audit?actor={by}");
        var rows = first.QuerySelectorAll("#audit-entries tbody tr");
        Assert.Equal(50, rows.Length);
        Assert.Contains("55", first.QuerySelector("#match-count")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Export number 0", rows[0].QuerySelector(".summary")!.TextContent.Trim());
        var second = await client.GetPageAsync(first.QuerySelector("nav a.page-link:not([aria-current])")!.GetAttribute("href")!);
        Assert.Equal(
            ["Export number 50", "Export number 51", "Deleted the Örebro theme 2", "Deleted the Örebro theme 1", "Deleted the Örebro theme 0"],
            second.QuerySelectorAll("#audit-entries tbody tr .summary").Select(s => s.TextContent.Trim()));

        var deletions = await client.GetPageAsync($"/Admin/Audit?actor={by}&kind={AuditKind.Deleted}");
        Assert.Equal(3, deletions.QuerySelectorAll("#audit-entries tbody tr").Length);
        var day = DateOnly.FromDateTime(EventTime.ToLocal(tenDaysAgo, EventTime.DefaultTimeZone));
        var dated = await client.GetPageAsync($"/Admin/Audit?actor={by}&from={day.AddDays(-1):yyyy-MM-dd}&to={day.AddDays(1):yyyy-MM-dd}");
        Assert.Equal(3, dated.QuerySelectorAll("#audit-entries tbody tr").Length);
        var none = await client.GetPageAsync($"/Admin/Audit?actor={by}&from={day.AddDays(2):yyyy-MM-dd}&to={day.AddDays(3):yyyy-MM-dd}");
        Assert.NotNull(none.QuerySelector("#no-entries"));
        var searched = await client.GetPageAsync($"/Admin/Audit?actor={by}&q={Uri.EscapeDataString("örebro theme")}");
        Assert.Equal(3, searched.QuerySelectorAll("#audit-entries tbody tr").Length);

        var before = await LastIdAsync();
        var exportLink = deletions.QuerySelector("a#export-csv")!.GetAttribute("href")!;
        using var csv = await client.GetAsync(exportLink);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.All(lines.Skip(1), l => Assert.Contains("Deleted the Örebro theme", l, StringComparison.Ordinal));
        var exported = Assert.Single(await EntriesAfterAsync(before));
        Assert.Equal((AuditKind.Exported, DemoDataSeeder.AdminEmail), (exported.Kind, exported.ActorEmail));
        Assert.Contains("audit-log.csv", exported.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditPage_InEnglish_NamesTheKindsInEnglish()
    {
        using var client = AnonymousClient();
        client.DefaultRequestHeaders.Add("Accept-Language", "en");
        await client.LogInAsync(DemoDataSeeder.AdminEmail, DemoDataSeeder.Password);

        var page = await client.GetPageAsync($"/Admin/Audit?kind={AuditKind.SignInSucceeded}");

        Assert.Equal("Audit log", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains(page.QuerySelectorAll("#audit-entries tbody td"), td => td.TextContent.Trim() == "Sign-in");
        Assert.NotNull(page.QuerySelector("label[for='actor']"));
    }

    [Fact]
    public async Task AuditPage_ForAContactPerson_IsDenied()
    {
        using var client = await ContactPersonAsync(DemoMembers.Sodertalje);

        using var page = await client.GetAsync("/Admin/Audit");
        using var csv = await client.GetAsync("/Admin/Audit?handler=Csv");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, csv.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", csv.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RetentionJob_RemovesEntriesOlderThanKeepDays_KeepsTheRest_AndSaysSo()
    {
        var actor = $"retention-{Guid.NewGuid():N}@test.ecomuna.org";
        var now = App.Clock.GetUtcNow().UtcDateTime;
        await ExecuteAsync(db =>
        {
            db.AuditEntries.Add(Entry(actor, AuditKind.SignInSucceeded, "Too old", now.AddDays(-730).AddMinutes(-1)));
            db.AuditEntries.Add(Entry(actor, AuditKind.SignInSucceeded, "Old but kept", now.AddDays(-730).AddMinutes(1)));
        });

        using (var scope = App.Services.CreateScope())
        {
            var job = scope.ServiceProvider.GetServices<Ecomuna.Core.Background.IScheduledJob>().OfType<AuditRetentionJob>().Single();
            var result = await job.RunAsync(CancellationToken.None);
            Assert.True(result.Counts[0] >= 1);
            Assert.Equal(730, result.Counts[1]);
        }

        Assert.Equal(["Old but kept"], (await EntriesOfAsync(actor)).Select(e => e.Summary));
        using var check = App.Services.CreateScope();
        var after = check.ServiceProvider.GetRequiredService<EcomunaDbContext>();
        var pruned = await after.AuditEntries.Where(e => e.Kind == AuditKind.AuditPruned).OrderBy(e => e.Id).LastAsync();
        Assert.Contains("older than 730 days", pruned.Summary, StringComparison.Ordinal);
    }

    private static AuditEntry Entry(string actor, string kind, string summary, DateTime atUtc) =>
        new() { ActorEmail = actor, ActorName = "Test Person", Kind = kind, Summary = summary, AtUtc = atUtc, Outcome = AuditOutcome.Succeeded };

    private Task<List<AuditEntry>> EntriesOfAsync(string email) =>
        QueryAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.ActorEmail == email).OrderBy(e => e.Id).ToListAsync());

    private async Task<long> LastIdAsync() =>
        await QueryAsync(db => db.AuditEntries.MaxAsync(e => (long?)e.Id)) ?? 0;

    private Task<List<AuditEntry>> EntriesAfterAsync(long id) =>
        QueryAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.Id > id).OrderBy(e => e.Id).ToListAsync());

    private Task<string> UserIdAsync(string email) =>
        QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
}

public sealed class AuditLogTestsOnSqlite(SqliteApp fixture) : AuditLogTests<SqliteApp>(fixture);

public sealed class AuditLogTestsOnPostgres(PostgresApp fixture) : AuditLogTests<PostgresApp>(fixture);
