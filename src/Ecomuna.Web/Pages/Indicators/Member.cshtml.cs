using Ecomuna.Core.KeyIndicators;
using Microsoft.AspNetCore.OutputCaching;

namespace Ecomuna.Web.Pages.Indicators;

/// <summary>One member's submitted key indicators over the years, each as a small chart with the network's average, and as CSV.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.Policy, Tags = [PublicPageCache.Indicators, PublicPageCache.Members])]
public sealed class MemberModel(EcomunaDbContext db, IndicatorComparison comparison, IStringLocalizer<IndicatorsResource> text) : PageModel
{
    public string MemberName { get; private set; } = "";

    public IReadOnlyList<Trend> Trends { get; private set; } = [];

    public string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } notFound)
        {
            return notFound;
        }

        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } notFound)
        {
            return notFound;
        }

        return CsvExport.File(
            $"indicators-member-{id}.csv",
            [text["Csv.Member"].Value, text["Csv.Indicator"].Value, text["Csv.Name"].Value, text["Csv.Year"].Value, text["Csv.Value"].Value, text["Csv.Unit"].Value, text["Csv.NetworkAverage"].Value],
            Trends.SelectMany(trend => trend.Points.Select(point => (trend.Indicator, point))),
            (csv, line) =>
            {
                var (indicator, point) = line;
                csv.WriteField(MemberName);
                csv.WriteField(indicator.Code);
                csv.WriteField(indicator.Name(Language));
                csv.WriteField(point.Year, "", CultureInfo.InvariantCulture);
                csv.WriteField(point.Value, "0.######", CultureInfo.InvariantCulture);
                csv.WriteField(indicator.Unit);
                csv.WriteField(point.NetworkAverage, "0.###", CultureInfo.InvariantCulture);
            });
    }

    /// <summary>The change from the year before the last to the last, in the indicator's direction; null with one year.</summary>
    public static bool? LatestIsBetter(Trend trend)
    {
        ArgumentNullException.ThrowIfNull(trend);
        if (trend.Points.Count < 2)
        {
            return null;
        }

        var (last, previous) = (trend.Points[^1].Value, trend.Points[^2].Value);
        return last == previous ? null : trend.Indicator.IsBetter(last, previous);
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var name = await db.Members.Where(m => m.Id == id && m.Status != MembershipStatus.Applicant && m.Status != MembershipStatus.Declined)
            .Select(m => m.Name).SingleOrDefaultAsync(ct);
        if (name is null)
        {
            return NotFound();
        }

        MemberName = name;
        Trends = await comparison.TrendsAsync(id, ct);
        return null;
    }
}
