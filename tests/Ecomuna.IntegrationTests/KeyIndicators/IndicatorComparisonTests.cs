using System.Globalization;
using System.Net;
using Ecomuna.Core.KeyIndicators;
using Ecomuna.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Ecomuna.IntegrationTests.KeyIndicators;

public abstract class IndicatorComparisonTests<TApp>(TApp fixture) : AppTests<TApp>(fixture)
    where TApp : AppFixture
{
    [Theory]
    [InlineData(IndicatorDirection.LowerIsBetter, "Alby,Bölby,Cöby,Dyby", "1,2,2,4")]
    [InlineData(IndicatorDirection.HigherIsBetter, "Dyby,Bölby,Cöby,Alby", "1,2,2,4")]
    public async Task Ranking_OrdersByDirectionSharesRanksOnTiesAndShowsMedianAndAverage(IndicatorDirection direction, string order, string ranks)
    {
        var indicatorId = await AddIndicatorWithValuesAsync(direction);
        using var client = AnonymousClient();

        var page = await client.GetPageAsync($"/Indicators?indicator={indicatorId}&year=2050");

        var rows = page.QuerySelectorAll("#ranking tbody tr").ToList();
        Assert.Equal(order, string.Join(",", rows.Select(r => r.QuerySelector("th")!.TextContent)));
        Assert.Equal(ranks, string.Join(",", rows.Select(r => r.QuerySelector("td")!.TextContent)));
        Assert.Equal(("4", "20", "30"), (page.QuerySelector("#count")!.TextContent, page.QuerySelector("#median")!.TextContent, page.QuerySelector("#average")!.TextContent));
        var chart = page.QuerySelector("svg#ranking-chart")!;
        Assert.Equal("img", chart.GetAttribute("role"));
        Assert.NotNull(chart.QuerySelector("title"));
        Assert.NotNull(chart.QuerySelector("desc"));
        Assert.Equal(4, chart.QuerySelectorAll("g.bar").Length);
        Assert.NotNull(chart.QuerySelector("#median-line"));
        Assert.Equal(
            ["Bättre än medianen", "Som medianen", "Som medianen", "Sämre än medianen"],
            rows.Select(r => r.QuerySelectorAll("td")[^1].TextContent));
    }

    [Fact]
    public async Task RankingCsv_HasTheRankedValuesMedianAndAverage_AndOnlySubmittedValues()
    {
        var indicatorId = await AddIndicatorWithValuesAsync(IndicatorDirection.LowerIsBetter);
        using var client = AnonymousClient();

        using var response = await client.GetAsync($"/Indicators?handler=Csv&indicator={indicatorId}&year=2050");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        var code = lines[1].Split(',')[0];
        Assert.Equal(
            ["Nyckeltal,År,Plats,Medlem,Värde,Enhet", $"{code},2050,1,Alby,10,%", $"{code},2050,2,Bölby,20,%", $"{code},2050,2,Cöby,20,%", $"{code},2050,4,Dyby,70,%", $"{code},2050,,Median,20,%", $"{code},2050,,Medelvärde,30,%"],
            lines);
    }

    [Fact]
    public async Task MemberPage_ShowsEachIndicatorsTrendWithDirection_OnlySubmittedYears_AndCsv()
    {
        var indicatorId = await AddIndicatorWithValuesAsync(IndicatorDirection.LowerIsBetter);
        var alby = await App.MemberIdAsync("Alby");
        await QueryAsync(async db =>
        {
            db.IndicatorValues.Add(new IndicatorValue { MemberId = alby, KeyIndicatorId = indicatorId, Year = 2051, Value = 8, UpdatedBy = "test", UpdatedAtUtc = DateTime.UtcNow });
            db.IndicatorReports.Add(new IndicatorReport { MemberId = alby, Year = 2051, Status = ReportStatus.Submitted, UpdatedBy = "test", UpdatedAtUtc = DateTime.UtcNow });
            db.IndicatorValues.Add(new IndicatorValue { MemberId = alby, KeyIndicatorId = indicatorId, Year = 2052, Value = 99, UpdatedBy = "test", UpdatedAtUtc = DateTime.UtcNow });
            db.IndicatorReports.Add(new IndicatorReport { MemberId = alby, Year = 2052, Status = ReportStatus.Draft, UpdatedBy = "test", UpdatedAtUtc = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });
        using var client = AnonymousClient();

        var page = await client.GetPageAsync($"/Indicators/Member/{alby}");

        var code = await QueryAsync(db => db.KeyIndicators.Where(k => k.Id == indicatorId).Select(k => k.Code).SingleAsync());
        var trend = page.QuerySelector($"section.trend[data-indicator='{code}']")!;
        Assert.Contains("Lägre är bättre", trend.TextContent, StringComparison.Ordinal);
        Assert.Contains("Bättre 2051 än 2050", trend.QuerySelector(".direction-change")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["2050", "2051"], trend.QuerySelectorAll("tbody th").Select(th => th.TextContent));
        Assert.Equal("img", trend.QuerySelector("svg")!.GetAttribute("role"));
        using var csv = await client.GetAsync($"/Indicators/Member/{alby}?handler=Csv");
        var lines = (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.Contains(code, StringComparison.Ordinal)).ToList();
        Assert.Equal(2, lines.Count);
        Assert.DoesNotContain(lines, l => l.Contains("2052", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PublicComparison_OfTheDemo_LeavesOutSodertaljesDraft()
    {
        var current = await QueryAsync(db => db.ReportingYears.Where(y => y.ClosedAtUtc == null && y.Year < 2030).Select(y => y.Year).SingleAsync());
        var draftIndicator = await QueryAsync(db => db.IndicatorValues.Where(v => v.MemberId == IndicatorSteps.Sodertalje && v.Year == current).Select(v => v.KeyIndicatorId).FirstAsync());
        using var client = AnonymousClient();

        var currentYear = await client.GetPageAsync($"/Indicators?indicator={draftIndicator}&year={current}");
        var member = await client.GetPageAsync($"/Indicators/Member/{IndicatorSteps.Sodertalje}");

        Assert.EndsWith($", {current}", currentYear.QuerySelector("#indicator-heading")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(currentYear.QuerySelectorAll("#ranking tbody tr"), tr => tr.GetAttribute("data-member") == IndicatorSteps.Sodertalje.ToString(CultureInfo.InvariantCulture));
        Assert.NotEmpty(member.QuerySelectorAll("section.trend"));
        Assert.DoesNotContain(member.QuerySelectorAll("section.trend tbody th"), th => th.TextContent == current.ToString(CultureInfo.InvariantCulture));
    }

    private static readonly string[] Names = ["Alby", "Bölby", "Cöby", "Dyby", "Utkastby"];

    /// <summary>
    /// A new indicator valid from 2050 with four members' submitted values 10, 20, 20 and 70 (median 20, average 30),
    /// and a fifth member's draft value 1 that must not count. The members are made for the test, once per class.
    /// </summary>
    private async Task<int> AddIndicatorWithValuesAsync(IndicatorDirection direction) => await QueryAsync(async db =>
    {
        var indicator = new KeyIndicator { Code = $"T.{Guid.NewGuid():N}"[..20], NameSv = "Testtal", NameEn = "Test figure", Unit = "%", Direction = direction, ValidFromYear = 2050 };
        db.KeyIndicators.Add(indicator);
        var members = new List<Core.Members.Member>();
        foreach (var name in Names)
        {
            var member = await db.Members.SingleOrDefaultAsync(m => m.Name == name);
            if (member is null)
            {
                member = new Core.Members.Member { Name = name, Kind = Core.Members.MemberKind.Municipality };
                db.Members.Add(member);
            }

            members.Add(member);
        }

        await db.SaveChangesAsync();
        double[] values = [10, 20, 20, 70, 1];
        for (var i = 0; i < members.Count; i++)
        {
            db.IndicatorValues.Add(new IndicatorValue { MemberId = members[i].Id, KeyIndicatorId = indicator.Id, Year = 2050, Value = values[i], UpdatedBy = "test", UpdatedAtUtc = DateTime.UtcNow });
            if (!await db.IndicatorReports.AnyAsync(r => r.MemberId == members[i].Id && r.Year == 2050))
            {
                db.IndicatorReports.Add(new IndicatorReport { MemberId = members[i].Id, Year = 2050, Status = i < 4 ? ReportStatus.Submitted : ReportStatus.Draft, UpdatedBy = "test", UpdatedAtUtc = DateTime.UtcNow });
            }
        }

        await db.SaveChangesAsync();
        return indicator.Id;
    });
}

public sealed class IndicatorComparisonTestsOnSqlite(SqliteApp fixture) : IndicatorComparisonTests<SqliteApp>(fixture);

public sealed class IndicatorComparisonTestsOnPostgres(PostgresApp fixture) : IndicatorComparisonTests<PostgresApp>(fixture);
