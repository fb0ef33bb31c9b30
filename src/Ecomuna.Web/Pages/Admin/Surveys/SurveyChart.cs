namespace Ecomuna.Web.Pages.Admin.Surveys;

/// <summary>
/// A horizontal bar chart of shares in percent, drawn as SVG: a row per option with one bar per series (one series for
/// a survey's results, a year each when years are compared). The page shows the same figures in a table beside it.
/// </summary>
public sealed class SurveyChart
{
    public const double LabelWidth = 230;
    public const double PlotWidth = 330;
    public const double ValueWidth = 90;
    public const double BarHeight = 16;
    public const double RowGap = 12;
    public const double AxisHeight = 22;
    public const int MaxLabelLength = 34;

    /// <summary>Dark enough on white for the 3:1 contrast graphics need, and told apart by the legend's order too.</summary>
    public static readonly IReadOnlyList<string> Colours = ["#0b5d1e", "#1f4e9c", "#8a4b00", "#6b2d82", "#a4161a"];

    public sealed record Row(string Label, IReadOnlyList<decimal> Percents, IReadOnlyList<int> Counts);

    public sealed record Bar(int Series, double X, double Y, double Width, decimal Percent, int Count);

    public SurveyChart(string id, string title, string description, IReadOnlyList<string> series, IReadOnlyList<Row> rows)
    {
        Id = id;
        Title = title;
        Description = description;
        Series = series;
        Rows = rows;
    }

    public string Id { get; }
    public string Title { get; }
    public string Description { get; }
    public IReadOnlyList<string> Series { get; }
    public IReadOnlyList<Row> Rows { get; }

    public double RowHeight => Series.Count * BarHeight + RowGap;

    public double Width => LabelWidth + PlotWidth + ValueWidth;

    public double Height => Rows.Count * RowHeight + AxisHeight;

    public double RowTop(int row) => row * RowHeight + RowGap / 2;

    public IEnumerable<Bar> BarsOf(int row)
    {
        for (var series = 0; series < Series.Count; series++)
        {
            var percent = Rows[row].Percents[series];
            yield return new Bar(series, LabelWidth, RowTop(row) + series * BarHeight, (double)Math.Clamp(percent, 0, 100) / 100 * PlotWidth, percent, Rows[row].Counts[series]);
        }
    }

    public static double XOf(int percent) => LabelWidth + percent / 100.0 * PlotWidth;

    public static string Abbreviate(string label) => label.Length > MaxLabelLength ? label[..(MaxLabelLength - 1)] + "…" : label;

    public static string Coordinate(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
