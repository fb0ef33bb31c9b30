using System.Net;
using Ecomuna.Core.KeyIndicators;
using Ecomuna.IntegrationTests.Access;
using Ecomuna.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Ecomuna.IntegrationTests.KeyIndicators;

public abstract class IndicatorReportingTests<TApp>(TApp fixture) : AppTests<TApp>(fixture)
    where TApp : AppFixture
{
    [Fact]
    public async Task Report_DraftThenSubmit_IsPublicOnlyOnceSubmitted()
    {
        const int year = 2041;
        await App.OpenYearAsync(year);
        using var client = await ContactPersonAsync(DemoMembers.Sodertalje);
        var form = await client.GetPageAsync($"/Organisation/Indicators/{year}");

        using var saved = await client.SubmitAsync(form, "#report-form", IndicatorSteps.ValueFields(form, new Dictionary<string, string> { ["GN.3"] = "12,5", ["GN.10"] = "31" }).With("command", "save"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(ReportStatus.Draft, await App.StatusAsync(IndicatorSteps.Sodertalje, year));
        Assert.Equal(12.5, (await App.ValuesAsync(IndicatorSteps.Sodertalje, year))["GN.3"]);
        var gn3 = await App.IndicatorIdAsync("GN.3", year);
        using var anonymous = AnonymousClient();
        var beforeSubmit = await anonymous.GetPageAsync($"/Indicators?indicator={gn3}&year={year}");
        Assert.DoesNotContain(beforeSubmit.QuerySelectorAll("#year option"), o => o.TextContent == year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain($", {year}", beforeSubmit.QuerySelector("#indicator-heading")?.TextContent ?? "", StringComparison.Ordinal);

        var draft = await client.GetPageAsync($"/Organisation/Indicators/{year}");
        Assert.Equal("12,5", draft.QuerySelector("fieldset[data-indicator='GN.3'] input[name$='.Value']")!.GetAttribute("value"));
        using var submitted = await client.SubmitAsync(draft, "#report-form", new Dictionary<string, string> { ["command"] = "submit" });

        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Equal(ReportStatus.Submitted, await App.StatusAsync(IndicatorSteps.Sodertalje, year));
        Assert.True(await QueryAsync(db => IndicatorReporting.HasSubmittedAsync(db, IndicatorSteps.Sodertalje, year)));
        var ranking = await anonymous.GetPageAsync($"/Indicators?indicator={gn3}&year={year}");
        Assert.EndsWith($", {year}", ranking.QuerySelector("#indicator-heading")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Södertälje", ranking.QuerySelector("#ranking tbody")!.TextContent, StringComparison.Ordinal);
        var after = await client.GetPageAsync($"/Organisation/Indicators/{year}");
        Assert.Null(after.QuerySelector("#report-form"));
        Assert.NotNull(after.QuerySelector("#values tr[data-indicator='GN.3'] a"));
    }

    [Fact]
    public async Task Report_ValueOutsidePlausibleRange_AsksForConfirmationAndSavesOnlyWhenConfirmed()
    {
        const int year = 2043;
        await App.OpenYearAsync(year);
        using var client = await ContactPersonAsync(DemoMembers.Sodertalje);
        var form = await client.GetPageAsync($"/Organisation/Indicators/{year}");

        using var first = await client.SubmitAsync(form, "#report-form", IndicatorSteps.ValueFields(form, new Dictionary<string, string> { ["GN.5"] = "150", ["GN.3"] = "20" }).With("command", "submit"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var question = await Browsing.ParseAsync(first);
        Assert.NotNull(question.QuerySelector("fieldset[data-indicator='GN.5'] .implausible"));
        Assert.Null(question.QuerySelector("fieldset[data-indicator='GN.3'] .implausible"));
        Assert.Equal("150", question.QuerySelector("fieldset[data-indicator='GN.5'] input[name$='.Value']")!.GetAttribute("value"));
        Assert.Null(await App.StatusAsync(IndicatorSteps.Sodertalje, year));

        using var confirmed = await client.SubmitAsync(question, "#report-form", new Dictionary<string, string> { ["command"] = "submit", ["Confirmed"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(ReportStatus.Submitted, await App.StatusAsync(IndicatorSteps.Sodertalje, year));
        Assert.Equal(150, (await App.ValuesAsync(IndicatorSteps.Sodertalje, year))["GN.5"]);
    }

    [Fact]
    public async Task Report_NotANumber_KeepsWhatWasTypedAndSaysSo()
    {
        const int year = 2044;
        await App.OpenYearAsync(year);
        using var client = await ContactPersonAsync(DemoMembers.Sodertalje);
        var form = await client.GetPageAsync($"/Organisation/Indicators/{year}");

        using var response = await client.SubmitAsync(form, "#report-form", IndicatorSteps.ValueFields(form, new Dictionary<string, string> { ["GN.3"] = "tolv" }).With("command", "save"));

        var page = await Browsing.ParseAsync(response);
        Assert.Contains("”tolv” är inget tal", page.QuerySelector("fieldset[data-indicator='GN.3'] .field-validation-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("tolv", page.QuerySelector("fieldset[data-indicator='GN.3'] input[name$='.Value']")!.GetAttribute("value"));
        Assert.Null(await App.StatusAsync(IndicatorSteps.Sodertalje, year));
    }

    [Fact]
    public async Task OtherMember_CannotReadOrCorrectAValueById_AndPostingItsMemberIdWritesOnlyTheirOwn()
    {
        using var sotenas = await ContactPersonAsync(DemoMembers.Sotenas);
        var valueId = AccessTable.SodertaljeIndicatorValueId;
        var before = await QueryAsync(db => db.IndicatorValues.Where(v => v.Id == valueId).Select(v => new { v.MemberId, v.Value }).SingleAsync());
        Assert.Equal(IndicatorSteps.Sodertalje, before.MemberId);

        using var read = await sotenas.GetAsync($"/Organisation/Indicators/Value/{valueId}");
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);

        const int year = 2045;
        await App.OpenYearAsync(year);
        var own = await sotenas.GetPageAsync($"/Organisation/Indicators/{year}");
        var sotenasId = await App.MemberIdAsync("Sotenäs");
        var fields = IndicatorSteps.ValueFields(own, new Dictionary<string, string> { ["GN.3"] = "33" }).With("command", "save").With("MemberId", IndicatorSteps.Sodertalje.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var posted = await sotenas.SubmitAsync(own, "#report-form", fields);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Empty(await App.ValuesAsync(IndicatorSteps.Sodertalje, year));
        Assert.Equal(33, (await App.ValuesAsync(sotenasId, year))["GN.3"]);

        // A correction form of their own, with a valid antiforgery token, aimed at the other member's value.
        var ownValueId = await QueryAsync(db => db.IndicatorValues.Where(v => v.MemberId == sotenasId && v.Year == year).Select(v => v.Id).SingleAsync());
        await QueryAsync(async db =>
        {
            var report = await db.IndicatorReports.SingleAsync(r => r.MemberId == sotenasId && r.Year == year);
            report.Status = ReportStatus.Submitted;
            return await db.SaveChangesAsync();
        });
        var correction = await sotenas.GetPageAsync($"/Organisation/Indicators/Value/{ownValueId}");
        correction.QuerySelector("#correct-form")!.SetAttribute("action", $"/Organisation/Indicators/Value/{valueId}");
        using var hijack = await sotenas.SubmitAsync(correction, "#correct-form", new Dictionary<string, string> { ["Input.Value"] = "1", ["Input.Reason"] = "Kapning" });

        Assert.Equal(HttpStatusCode.NotFound, hijack.StatusCode);
        Assert.Equal(before.Value, await QueryAsync(db => db.IndicatorValues.Where(v => v.Id == valueId).Select(v => v.Value).SingleAsync()));
    }

    [Fact]
    public async Task Correction_KeepsOldAndNewValueWhoWhenAndWhy_AndNeedsAReason()
    {
        const int year = 2046;
        await App.OpenYearAsync(year);
        using var client = await ContactPersonAsync(DemoMembers.Sodertalje);
        var form = await client.GetPageAsync($"/Organisation/Indicators/{year}");
        using var submitted = await client.SubmitAsync(form, "#report-form", IndicatorSteps.ValueFields(form, new Dictionary<string, string> { ["GN.10"] = "30" }).With("command", "submit"));
        var valueId = await QueryAsync(db => db.IndicatorValues.Where(v => v.MemberId == IndicatorSteps.Sodertalje && v.Year == year).Select(v => v.Id).SingleAsync());

        var page = await client.GetPageAsync($"/Organisation/Indicators/Value/{valueId}");
        using var noReason = await client.SubmitAsync(page, "#correct-form", new Dictionary<string, string> { ["Input.Value"] = "35" });
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.Equal("Skriv varför värdet rättas.", (await Browsing.ParseAsync(noReason)).QuerySelector("#reason-error")!.TextContent);
        Assert.Equal(30, (await App.ValuesAsync(IndicatorSteps.Sodertalje, year))["GN.10"]);

        using var corrected = await client.SubmitAsync(page, "#correct-form", new Dictionary<string, string> { ["Input.Value"] = "35,5", ["Input.Reason"] = "Fel i kalkylbladet" });
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);

        var history = await client.GetPageAsync($"/Organisation/Indicators/Value/{valueId}");
        var cells = history.QuerySelectorAll("#history tbody tr td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["30", "35,5", Core.Demo.DemoDataSeeder.ContactSodertaljeEmail, "Fel i kalkylbladet"], cells.Skip(1));

        // Once the year is closed the member cannot correct; the secretariat can.
        await QueryAsync(async db =>
        {
            (await db.ReportingYears.SingleAsync(y => y.Year == year)).ClosedAtUtc = DateTime.UtcNow;
            return await db.SaveChangesAsync();
        });
        var closed = await client.GetPageAsync($"/Organisation/Indicators/Value/{valueId}");
        Assert.Null(closed.QuerySelector("#correct-form"));
        using var admin = await AdminAsync();
        var adminPage = await admin.GetPageAsync($"/Admin/Indicators/Value/{valueId}");
        using var adminCorrected = await admin.SubmitAsync(adminPage, "#correct-form", new Dictionary<string, string> { ["Input.Value"] = "36", ["Input.Reason"] = "Enligt EkoMatCentrum" });
        Assert.Equal(HttpStatusCode.Redirect, adminCorrected.StatusCode);
        var rows = (await admin.GetPageAsync($"/Admin/Indicators/Value/{valueId}")).QuerySelectorAll("#history tbody tr").ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains(Core.Demo.DemoDataSeeder.AdminEmail, rows[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminReporting_ShowsWhoSubmittedHasADraftOrHasNotStarted_AndExportsCsv()
    {
        var current = await QueryAsync(db => db.ReportingYears.Where(y => y.ClosedAtUtc == null && y.Year < 2030).Select(y => y.Year).SingleAsync());
        using var admin = await AdminAsync();

        var drafts = await admin.GetPageAsync($"/Admin/Indicators/Reporting?year={current}&status=Draft");
        var notStarted = await admin.GetPageAsync($"/Admin/Indicators/Reporting?year={current}&status=NotStarted&q=stockholm");
        using var csv = await admin.GetAsync($"/Admin/Indicators/Reporting?handler=Csv&year={current}");

        Assert.Equal(IndicatorSteps.Sodertalje.ToString(System.Globalization.CultureInfo.InvariantCulture), Assert.Single(drafts.QuerySelectorAll("#members tbody tr")).GetAttribute("data-member"));
        Assert.Contains(notStarted.QuerySelectorAll("#members tbody tr"), tr => tr.QuerySelector("th")!.TextContent == "Stockholm");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split('\n');
        Assert.Contains($"Södertälje,{current},Utkast,,", lines.Select(l => l.TrimEnd('\r')));
        Assert.Equal(await QueryAsync(db => db.Members.CountAsync(m => m.Status == Core.Members.MembershipStatus.Active)) + 1, lines.Count(l => l.Length > 0));
    }
}

public sealed class IndicatorReportingTestsOnSqlite(SqliteApp fixture) : IndicatorReportingTests<SqliteApp>(fixture);

public sealed class IndicatorReportingTestsOnPostgres(PostgresApp fixture) : IndicatorReportingTests<PostgresApp>(fixture);
