using System.Net;
using Ecomuna.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Ecomuna.IntegrationTests.KeyIndicators;

public abstract class IndicatorSetTests<TApp>(TApp fixture) : AppTests<TApp>(fixture)
    where TApp : AppFixture
{
    [Fact]
    public async Task NewIndicator_IsListedForItsYears_AndWithoutValuesCanBeDeleted()
    {
        using var admin = await AdminAsync();
        var form = await admin.GetPageAsync("/Admin/Indicators/Edit");

        using var created = await admin.SubmitAsync(form, "#indicator-form", new Dictionary<string, string>
        {
            ["Input.Code"] = "GN.12", ["Input.NameSv"] = "Laddpunkter", ["Input.NameEn"] = "Charging points", ["Input.Unit"] = "st/1000 inv",
            ["Input.Direction"] = "HigherIsBetter", ["Input.ValidFromYear"] = "2060", ["Input.PlausibleMin"] = "0", ["Input.PlausibleMax"] = "12,5",
        });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var indicator = await QueryAsync(db => db.KeyIndicators.SingleAsync(k => k.Code == "GN.12" && k.ValidFromYear == 2060));
        Assert.Equal(12.5, indicator.PlausibleMax);
        Assert.NotNull((await admin.GetPageAsync("/Admin/Indicators?year=2060")).QuerySelector("#indicators tr[data-code='GN.12']"));
        Assert.Null((await admin.GetPageAsync("/Admin/Indicators?year=2059")).QuerySelector("#indicators tr[data-code='GN.12']"));

        var edit = await admin.GetPageAsync($"/Admin/Indicators/Edit/{indicator.Id}");
        using var deleted = await admin.SubmitAsync(edit, "#delete-form", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await QueryAsync(db => db.KeyIndicators.AnyAsync(k => k.Id == indicator.Id)));
    }

    [Fact]
    public async Task IndicatorWithValues_IsEndedNotDeleted_AndCannotLoseItsValuesYears()
    {
        using var admin = await AdminAsync();
        var id = await App.IndicatorIdAsync("GN.3", 2023);
        var edit = await admin.GetPageAsync($"/Admin/Indicators/Edit/{id}");
        Assert.NotNull(edit.QuerySelector("#has-values"));
        Assert.Null(edit.QuerySelector("#delete-form"));

        using var tooEarly = await admin.SubmitAsync(edit, "#indicator-form", new Dictionary<string, string> { ["Input.ValidToYear"] = "2023", ["Input.PlausibleMax"] = "abc" });
        var page = await Browsing.ParseAsync(tooEarly);
        Assert.Equal("”abc” är inget tal; skriv till exempel 12,5.", page.QuerySelector("#max-error")!.TextContent);
        Assert.Null(await QueryAsync(db => db.KeyIndicators.Where(k => k.Id == id).Select(k => k.ValidToYear).SingleAsync()));

        using var ended = await admin.SubmitAsync(edit, "#indicator-form", new Dictionary<string, string> { ["Input.ValidToYear"] = "2023" });
        Assert.Equal("Det finns rapporterade värden utanför de åren; de måste ligga inom nyckeltalets giltighet.", (await Browsing.ParseAsync(ended)).QuerySelector("#to-error")!.TextContent);

        using var endedLater = await admin.SubmitAsync(edit, "#indicator-form", new Dictionary<string, string> { ["Input.ValidToYear"] = "2100" });
        Assert.Equal(HttpStatusCode.Redirect, endedLater.StatusCode);
        Assert.Equal(2100, await QueryAsync(db => db.KeyIndicators.Where(k => k.Id == id).Select(k => k.ValidToYear).SingleAsync()));
    }
}

public sealed class IndicatorSetTestsOnSqlite(SqliteApp fixture) : IndicatorSetTests<SqliteApp>(fixture);

public sealed class IndicatorSetTestsOnPostgres(PostgresApp fixture) : IndicatorSetTests<PostgresApp>(fixture);
