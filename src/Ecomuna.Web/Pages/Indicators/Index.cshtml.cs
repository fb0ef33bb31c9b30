using Ecomuna.Core.KeyIndicators;
using Microsoft.AspNetCore.OutputCaching;

namespace Ecomuna.Web.Pages.Indicators;

/// <summary>
/// The public comparison of one key indicator in one year: every member that submitted it, best first, with the
/// network's median and average, as a chart and a table, and as CSV.
/// </summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.Policy, Tags = [PublicPageCache.Indicators, PublicPageCache.Members])]
public sealed class IndexModel(EcomunaDbContext db, IndicatorComparison comparison, IStringLocalizer<IndicatorsResource> text) : ListPageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "indicator")]
    public int? IndicatorId { get; set; }

    [BindProperty(SupportsGet = true, Name = "year")]
    public int? Year { get; set; }

    public IReadOnlyList<KeyIndicator> Indicators { get; private set; } = [];

    public KeyIndicator? Indicator { get; private set; }

    /// <summary>The years with submitted values of the indicator, newest first.</summary>
    public IReadOnlyList<int> Years { get; private set; } = [];

    public Ranking Ranking { get; private set; } = new(0, null, null, []);

    public int PageCount => Paging.PageCount(Ranking.Count, PageSize);

    public string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (await ChooseAsync(ct))
        {
            PageNo = Math.Max(1, PageNo);
            Ranking = await comparison.RankingAsync(Indicator!, Year!.Value, (PageNo - 1) * PageSize, PageSize, ct);
            if (Ranking.Rows.Count == 0 && PageNo > 1)
            {
                PageNo = PageCount;
                Ranking = await comparison.RankingAsync(Indicator!, Year!.Value, (PageNo - 1) * PageSize, PageSize, ct);
            }
        }
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        if (!await ChooseAsync(ct))
        {
            return NotFound();
        }

        var ranking = await comparison.RankingAsync(Indicator!, Year!.Value, ct: ct);
        var summary = new[] { (text["Ranking.Median"].Value, ranking.Median), (text["Ranking.Average"].Value, ranking.Average) };
        var lines = ranking.Rows.Select(row => ((int?)row.Rank, row.Member, row.Value)).Concat(summary.Select(s => ((int?)null, s.Item1, s.Item2 ?? 0)));
        return CsvExport.File(
            $"indicator-{Indicator!.Code}-{Year}.csv",
            [text["Csv.Indicator"].Value, text["Csv.Year"].Value, text["Csv.Rank"].Value, text["Csv.Member"].Value, text["Csv.Value"].Value, text["Csv.Unit"].Value],
            lines,
            (csv, line) =>
            {
                var (rank, member, value) = line;
                csv.WriteField(Indicator.Code);
                csv.WriteField(Year!.Value, "", CultureInfo.InvariantCulture);
                csv.WriteField(rank, "");
                csv.WriteField(member);
                csv.WriteField(value, "0.######", CultureInfo.InvariantCulture);
                csv.WriteField(Indicator.Unit);
            });
    }

    public ListRoute RouteValues(int pageNo = 1) =>
        new ListRoute().With("indicator", Indicator?.Id).With("year", Year).WithPage("pageNo", pageNo);

    /// <summary>Picks the indicator (the asked one, else the newest set's first with values) and its year (the asked one, else its newest).</summary>
    private async Task<bool> ChooseAsync(CancellationToken ct)
    {
        Indicators = [.. (await db.KeyIndicators.AsNoTracking().ToListAsync(ct)).OrderByDescending(k => k.ValidFromYear).ThenBy(k => k.Code, IndicatorCodeOrder.Instance)];
        Indicator = Indicators.FirstOrDefault(k => k.Id == IndicatorId);
        if (Indicator is null)
        {
            var withValues = await IndicatorReporting.Submitted(db).Select(v => v.KeyIndicatorId).Distinct().ToListAsync(ct);
            Indicator = Indicators.FirstOrDefault(k => withValues.Contains(k.Id)) ?? (Indicators.Count > 0 ? Indicators[0] : null);
        }

        if (Indicator is null)
        {
            return false;
        }

        Years = await comparison.YearsAsync(Indicator.Id, ct);
        Year = Year is { } asked && Years.Contains(asked) ? asked : Years.Count > 0 ? Years[0] : null;
        return Year is not null;
    }
}
