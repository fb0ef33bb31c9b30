using Ecomuna.Core.KeyIndicators;

namespace Ecomuna.Web.Pages.Admin.Indicators;

/// <summary>The set of key indicators, every revision, filtered by the year they are valid in, with how many values each has.</summary>
public sealed class IndexModel(EcomunaDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "year")]
    public int? Year { get; set; }

    public sealed record Row(KeyIndicator Indicator, int Values);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Year = Year is >= 1990 and <= 2200 ? Year : null;
        var indicators = Year is { } year ? IndicatorReporting.ValidIn(db.KeyIndicators, year) : db.KeyIndicators.OrderByDescending(k => k.ValidFromYear).ThenBy(k => k.Code);
        var rows = await indicators.AsNoTracking()
            .Select(k => new Row(k, db.IndicatorValues.Count(v => v.KeyIndicatorId == k.Id)))
            .ToListAsync(ct);
        Rows = [.. rows.OrderByDescending(r => r.Indicator.ValidFromYear).ThenBy(r => r.Indicator.Code, IndicatorCodeOrder.Instance)];
    }
}
