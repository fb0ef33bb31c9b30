using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using Ecomuna.Core.KeyIndicators;
using Ecomuna.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Ecomuna.IntegrationTests.KeyIndicators;

public abstract class IndicatorImportTests<TApp>(TApp fixture) : AppTests<TApp>(fixture)
    where TApp : AppFixture
{
    [Fact]
    public async Task Import_ValidFile_PreviewsWithoutChangingThenAppliesAllAsSubmittedWithHistory()
    {
        using var admin = await AdminAsync();
        var sotenas = await App.MemberIdAsync("Sotenäs");
        // Södertälje's 2019 value 1 already exists; the file changes it, so its history keeps the old one.
        var first = await QueryAsync(db => db.IndicatorValues.Where(v => v.Id == 1).Select(v => new { v.KeyIndicator.Code, v.Value }).SingleAsync());
        var (code, old) = (first.Code, first.Value);
        var csv = "member,indicator,year,value,source,comment\n"
            + "Sotenäs,GN.3,2047,\"21,5\",Jordbruksverket,\n"
            + "Södertälje,GN.6a,2047,455,Avfall Sverige,Inkl. fritidshus\n"
            + $"Södertälje,{code},2019,{old + 1},,\n";

        var preview = await UploadAsync(admin, csv);

        Assert.Equal(3, preview.QuerySelectorAll("#import-changes tbody tr").Length);
        Assert.Contains("2 nya värden, 1 ändrade", preview.QuerySelector("#import-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await App.ValuesAsync(sotenas, 2047));

        using var applied = await admin.SubmitAsync(preview, "#apply-form", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        Assert.Equal(21.5, (await App.ValuesAsync(sotenas, 2047))["GN.3"]);
        Assert.Equal(455, (await App.ValuesAsync(IndicatorSteps.Sodertalje, 2047))["GN.6a"]);
        Assert.Equal(ReportStatus.Submitted, await App.StatusAsync(sotenas, 2047));
        var change = await QueryAsync(db => db.IndicatorValueChanges.Where(c => c.IndicatorValueId == 1).SingleAsync());
        Assert.Equal((old, old + 1), (change.OldValue, change.NewValue));
    }

    [Fact]
    public async Task Import_FileWithOneBadLine_NamesTheLineAndChangesNothingEvenWhenForced()
    {
        using var admin = await AdminAsync();
        const string csv = "member,indicator,year,value\n"
            + "Sotenäs,GN.3,2048,20\n"
            + "Södertälje,GN.3,2048,tjugo\n"
            + "Gotham,GN.3,2048,5\n"
            + "Sotenäs,GN.99,2048,5\n"
            + "Sotenäs,GN.3,2048,21\n";

        var preview = await UploadAsync(admin, csv);

        var errors = preview.QuerySelectorAll("#import-errors li").Select(li => li.TextContent).ToList();
        Assert.Equal(
            ["Rad 3: ”tjugo” är inget tal.", "Rad 4: det finns ingen medlem ”Gotham”.", "Rad 5: det finns inget nyckeltal ”GN.99” som gäller 2048.", "Rad 6: samma medlem, nyckeltal och år finns redan på rad 2."],
            errors);
        Assert.Null(preview.QuerySelector("#apply-form"));

        var page = await admin.GetPageAsync("/Admin/Indicators/Import");
        using var forced = await admin.PostAsync("/Admin/Indicators/Import?handler=Apply", new FormUrlEncodedContent(
            [new("Csv", csv), new("__RequestVerificationToken", Token(page))]));
        Assert.Equal(HttpStatusCode.OK, forced.StatusCode);
        Assert.False(await QueryAsync(db => db.IndicatorValues.AnyAsync(v => v.Year == 2048)));
    }

    [Fact]
    public async Task Import_InEnglish_ExplainsInEnglish()
    {
        using var admin = await AdminAsync();
        admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var preview = await UploadAsync(admin, "member,indicator,year,value,colour\nSotenäs,GN.3,20x8,1,blue\n");

        Assert.Equal("Line 1: there is no column “colour”.", Assert.Single(preview.QuerySelectorAll("#import-errors li")).TextContent);
        preview = await UploadAsync(admin, "member,indicator,year,value\nSotenäs,GN.3,20x8,1\n");
        Assert.Equal("Line 2: “20x8” is not a year.", Assert.Single(preview.QuerySelectorAll("#import-errors li")).TextContent);
    }

    private static async Task<IHtmlDocument> UploadAsync(HttpClient client, string csv)
    {
        var page = await client.GetPageAsync("/Admin/Indicators/Import");
        using var response = await client.SubmitWithFilesAsync(page, "#upload-form", new Dictionary<string, (string, byte[])> { ["Upload"] = ("values.csv", Encoding.UTF8.GetBytes(csv)) });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Browsing.ParseAsync(response);
    }

    private static string Token(IHtmlDocument page) =>
        ((IHtmlInputElement)page.QuerySelector("input[name=__RequestVerificationToken]")!).Value;
}

public sealed class IndicatorImportTestsOnSqlite(SqliteApp fixture) : IndicatorImportTests<SqliteApp>(fixture);

public sealed class IndicatorImportTestsOnPostgres(PostgresApp fixture) : IndicatorImportTests<PostgresApp>(fixture);
