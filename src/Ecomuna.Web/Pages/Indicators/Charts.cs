using Ecomuna.Core.KeyIndicators;

namespace Ecomuna.Web.Pages.Indicators;

/// <summary>Geometry of a horizontal bar chart of a ranking, with the network median and average as lines.</summary>
public sealed class RankingChart
{
    public const double LabelWidth = 190;
    public const double PlotWidth = 440;
    public const double BarHeight = 18;
    public const double RowHeight = 24;
    public const double Top = 28;
    public const double Width = LabelWidth + PlotWidth + 70;

    public RankingChart(IReadOnlyList<RankedValue> rows, double? median, double? average)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var max = Math.Max(rows.Select(r => r.Value).DefaultIfEmpty(0).Max(), Math.Max(median ?? 0, average ?? 0));
        var min = Math.Min(0, rows.Select(r => r.Value).DefaultIfEmpty(0).Min());
        var span = max - min <= 0 ? 1 : max - min;
        double X(double value) => LabelWidth + (value - min) / span * PlotWidth;
        ZeroX = X(0);
        Bars = [.. rows.Select((r, i) => new Bar(r, Math.Min(X(r.Value), ZeroX), Top + i * RowHeight, Math.Max(1, Math.Abs(X(r.Value) - ZeroX))))];
        Height = Top + rows.Count * RowHeight + 10;
        MedianX = median is { } m ? X(m) : null;
        AverageX = average is { } a ? X(a) : null;
    }

    public sealed record Bar(RankedValue Row, double X, double Y, double Width);

    public IReadOnlyList<Bar> Bars { get; }
    public double Height { get; }
    public double ZeroX { get; }
    public double? MedianX { get; }
    public double? AverageX { get; }

    public static string At(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}

/// <summary>Geometry of a small line chart of one member's values over the years, with the network's average.</summary>
public sealed class TrendChart
{
    public const double Width = 300;
    public const double Height = 150;
    public const double Left = 48;
    public const double Right = 12;
    public const double Top = 12;
    public const double Bottom = 26;

    public TrendChart(IReadOnlyList<TrendPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var values = points.SelectMany(p => new[] { p.Value, p.NetworkAverage }).ToList();
        Max = values.Max();
        Min = Math.Min(0, values.Min());
        var span = Max - Min <= 0 ? 1 : Max - Min;
        var firstYear = points[0].Year;
        var years = Math.Max(1, points[^1].Year - firstYear);
        double X(int year) => points.Count == 1 ? Left + (Width - Left - Right) / 2 : Left + (year - firstYear) / (double)years * (Width - Left - Right);
        double Y(double value) => Top + (1 - (value - Min) / span) * (Height - Top - Bottom);
        Member = [.. points.Select(p => (X(p.Year), Y(p.Value), p))];
        Network = [.. points.Select(p => (X(p.Year), Y(p.NetworkAverage)))];
        MaxY = Y(Max);
        MinY = Y(Min);
    }

    public IReadOnlyList<(double X, double Y, TrendPoint Point)> Member { get; }
    public IReadOnlyList<(double X, double Y)> Network { get; }
    public double Max { get; }
    public double Min { get; }
    public double MaxY { get; }
    public double MinY { get; }

    public string MemberLine => string.Join(" ", Member.Select(p => $"{RankingChart.At(p.X)},{RankingChart.At(p.Y)}"));
    public string NetworkLine => string.Join(" ", Network.Select(p => $"{RankingChart.At(p.X)},{RankingChart.At(p.Y)}"));
}
