using CsvHelper;
using Ecomuna.Core.Commitments;
using Ecomuna.Web.Pages.Admin.Surveys;

namespace Ecomuna.Web.Pages.Admin.Commitments;

/// <summary>Every member's five yearly commitments in one table: filter those who miss one, see the shares as a chart, export.</summary>
public sealed class IndexModel(EcomunaDbContext db, SwedishTime swedishTime, IStringLocalizer<CommitmentsResource> text, IStringLocalizer<SharedResource> shared) : ListPageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "year")]
    public int? Year { get; set; }

    /// <summary>"any" for members missing at least one commitment, or one commitment's name.</summary>
    [BindProperty(SupportsGet = true, Name = "missing")]
    public string? Missing { get; set; }

    [BindProperty(SupportsGet = true, Name = "part")]
    public PartOfCountry? Part { get; set; }

    public int SelectedYear { get; private set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    public int MemberCount { get; private set; }

    public IReadOnlyList<Scorecard> Matching { get; private set; } = [];

    public Page<Scorecard> Rows { get; private set; } = Paging.Empty<Scorecard>();

    public SurveyChart Chart { get; private set; } = null!;

    /// <summary>How many of the members in view met each commitment.</summary>
    public IReadOnlyList<(Commitment Commitment, int Met)> Totals { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Rows = Matching.ToPage(PageNo, PageSize);
        PageNo = Rows.Number;
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return CsvExport.File(
            $"commitments-{SelectedYear}.csv",
            [
                text["Csv.Year"].Value, text["Csv.Member"].Value, text["Csv.Kind"].Value, text["Csv.Part"].Value,
                .. Enum.GetValues<Commitment>().Select(c => text[$"Commitment.{c}"].Value),
                text["Csv.Met"].Value,
            ],
            Matching.Select(card => (string?[])
            [
                SelectedYear.ToString(CultureInfo.InvariantCulture), card.Member, shared[$"MemberKind.{card.Kind}"].Value,
                card.PartOfCountry is { } part ? shared[$"PartOfCountry.{part}"].Value : null,
                .. Enum.GetValues<Commitment>().Select(c => card.Has(c) ? text["Csv.Yes"].Value : text["Csv.No"].Value),
                card.Met.ToString(CultureInfo.InvariantCulture),
            ]));
    }

    public ListRoute RouteValues(int pageNo = 1) => new ListRoute()
        .With("year", SelectedYear).With("missing", Missing).With("part", Part).With("q", Search).WithPage("pageNo", pageNo);

    private async Task LoadAsync(CancellationToken ct)
    {
        var today = swedishTime.Today;
        Years = [.. Enumerable.Range(today.Year - 9, 10).Reverse()];
        SelectedYear = Year is { } year && year >= 2000 && year <= today.Year + 1 ? year : today.Year;

        var cards = await YearlyCommitments.ForYearAsync(db, SelectedYear, today, ct);
        IEnumerable<Scorecard> inView = cards;
        if (Part is { } part)
        {
            inView = inView.Where(c => c.PartOfCountry == part);
        }

        if (!string.IsNullOrWhiteSpace(Search))
        {
            inView = inView.Where(c => c.Member.Contains(Search.Trim(), StringComparison.CurrentCultureIgnoreCase));
        }

        var shown = inView.ToList();
        MemberCount = shown.Count;
        Totals = [.. Enum.GetValues<Commitment>().Select(c => (c, shown.Count(card => card.Has(c))))];
        Chart = new SurveyChart(
            "commitments-chart",
            text["Chart.Title", SelectedYear].Value,
            text["Chart.Description", MemberCount].Value,
            [SelectedYear.ToString(CultureInfo.InvariantCulture)],
            [.. Totals.Select(t => new SurveyChart.Row(text[$"Commitment.{t.Commitment}"].Value, [Percent(t.Met, MemberCount)], [t.Met]))]);

        Matching = Missing switch
        {
            "any" => [.. shown.Where(c => c.Missing.Count > 0)],
            { } name when Enum.TryParse<Commitment>(name, out var commitment) && Enum.IsDefined(commitment) => [.. shown.Where(c => !c.Has(commitment))],
            _ => shown,
        };
    }

    private static decimal Percent(int part, int whole) => whole == 0 ? 0 : Math.Round(100m * part / whole, 1);
}
