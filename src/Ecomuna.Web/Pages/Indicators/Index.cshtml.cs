using System.Globalization;
using CsvHelper;
using Ecomuna.Core.Data;
using Ecomuna.Core.KeyIndicators;
using Ecomuna.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Ecomuna.Web.Pages.Indicators;

/// <summary>
/// The public comparison of one key indicator in one year: every member that submitted it, best first, with the
/// network's median and average, as a chart and a table, and as CSV.
/// </summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.Policy, Tags = [PublicPageCache.Indicators, PublicPageCache.Members])]
public sealed class IndexModel(EcomunaDbContext db, IndicatorComparison comparison, IStringLocalizer<IndicatorsResource> text) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "indicator")]
    public int? IndicatorId { get; set; }

    [BindProperty(SupportsGet = true, Name = "year")]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "pageNo")]
    public int PageNo { get; set; } = 1;

    public IReadOnlyList<KeyIndicator> Indicators { get; private set; } = [];

    public KeyIndicator? Indicator { get; private set; }

    /// <summary>The years with submitted values of the indicator, newest first.</summary>
    public IReadOnlyList<int> Years { get; private set; } = [];

    public Ranking Ranking { get; private set; } = new(0, null, null, []);

    public int PageCount => Math.Max(1, (Ranking.Count + PageSize - 1) / PageSize);

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
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, new CsvWriterOptions { WriteByteOrderMark = true, Injection = CsvInjection.Escape }, leaveOpen: true))
        {
            csv.WriteHeader([text["Csv.Indicator"].Value, text["Csv.Year"].Value, text["Csv.Rank"].Value, text["Csv.Member"].Value, text["Csv.Value"].Value, text["Csv.Unit"].Value]);
            foreach (var row in ranking.Rows)
            {
                csv.WriteField(Indicator!.Code);
                csv.WriteField(Year!.Value, "", CultureInfo.InvariantCulture);
                csv.WriteField(row.Rank, "", CultureInfo.InvariantCulture);
                csv.WriteField(row.Member);
                csv.WriteField(row.Value, "0.######", CultureInfo.InvariantCulture);
                csv.WriteField(Indicator.Unit);
                csv.EndRecord();
            }

            foreach (var (label, value) in new[] { (text["Ranking.Median"].Value, ranking.Median), (text["Ranking.Average"].Value, ranking.Average) })
            {
                csv.WriteField(Indicator!.Code);
                csv.WriteField(Year!.Value, "", CultureInfo.InvariantCulture);
                csv.WriteField((string?)null);
                csv.WriteField(label);
                csv.WriteField(value ?? 0, "0.######", CultureInfo.InvariantCulture);
                csv.WriteField(Indicator.Unit);
                csv.EndRecord();
            }
        }

        return File(buffer.ToArray(), "text/csv; charset=utf-8", $"indicator-{Indicator!.Code}-{Year}.csv");
    }

    public Dictionary<string, string> RouteValues(int? pageNo = null)
    {
        var values = new Dictionary<string, string>();
        if (Indicator is not null)
        {
            values["indicator"] = Indicator.Id.ToString(CultureInfo.InvariantCulture);
        }

        if (Year is { } year)
        {
            values["year"] = year.ToString(CultureInfo.InvariantCulture);
        }

        if (pageNo is > 1)
        {
            values["pageNo"] = pageNo.Value.ToString(CultureInfo.InvariantCulture);
        }

        return values;
    }

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
