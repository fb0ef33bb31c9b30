namespace Ecomuna.Web.Pages.Admin.Invoices;

public enum ChartSeries
{
    Invoiced,
    Paid,
    Outstanding,
}

/// <summary>
/// The geometry of a grouped bar chart of invoiced, paid and outstanding per year, drawn as SVG by the page: one group
/// of three bars per year, a value axis with round steps, room below zero when an amount is negative.
/// </summary>
public sealed class YearChart
{
    public const double PlotTop = 16;
    public const double PlotHeight = 200;
    public const double AxisWidth = 120;
    public const double BarWidth = 20;
    public const double GroupGap = 28;
    public const double LabelHeight = 28;

    public sealed record Bar(int Year, ChartSeries Series, decimal Value, double X, double Y, double Width, double Height);

    public sealed record Tick(decimal Value, double Y);

    public sealed record YearLabel(int Year, double X);

    public YearChart(IReadOnlyList<IndexModel.YearTotals> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        var values = years.SelectMany(y => new[] { y.Invoiced, y.Paid, y.Outstanding }).ToList();
        var max = values.Count == 0 ? 0 : Math.Max(0, values.Max());
        var min = values.Count == 0 ? 0 : Math.Min(0, values.Min());
        var step = NiceStep(max - min);
        Top = Math.Ceiling(max / step) * step;
        Bottom = Math.Floor(min / step) * step;
        if (Top == Bottom)
        {
            Top = step;
        }

        var ticks = new List<Tick>();
        for (var value = Bottom; value <= Top; value += step)
        {
            ticks.Add(new Tick(value, YOf(value)));
        }

        Ticks = ticks;
        ZeroY = YOf(0);
        var bars = new List<Bar>();
        var labels = new List<YearLabel>();
        for (var index = 0; index < years.Count; index++)
        {
            var year = years[index];
            var left = AxisWidth + GroupGap / 2 + index * GroupWidth;
            labels.Add(new YearLabel(year.Year, left + 1.5 * BarWidth));
            foreach (var (series, offset, value) in new[] { (ChartSeries.Invoiced, 0, year.Invoiced), (ChartSeries.Paid, 1, year.Paid), (ChartSeries.Outstanding, 2, year.Outstanding) })
            {
                var y = YOf(value);
                bars.Add(new Bar(year.Year, series, value, left + offset * BarWidth, Math.Min(y, ZeroY), BarWidth, Math.Abs(ZeroY - y)));
            }
        }

        Bars = bars;
        Years = labels;
        Width = AxisWidth + Math.Max(1, years.Count) * GroupWidth + 8;
    }

    public static double GroupWidth => 3 * BarWidth + GroupGap;

    public static double Height => PlotTop + PlotHeight + LabelHeight;

    /// <summary>The value at the top and at the bottom of the axis, whole steps.</summary>
    public decimal Top { get; }

    public decimal Bottom { get; }

    public double ZeroY { get; }

    public double Width { get; }

    public IReadOnlyList<Bar> Bars { get; }

    public IReadOnlyList<Tick> Ticks { get; }

    public IReadOnlyList<YearLabel> Years { get; }

    public double PlotBottom => PlotTop + PlotHeight;

    private double YOf(decimal value) => PlotTop + (double)((Top - value) / (Top - Bottom)) * PlotHeight;

    /// <summary>1, 2 or 5 times a power of ten, so the axis has at most five steps.</summary>
    private static decimal NiceStep(decimal range)
    {
        if (range <= 0)
        {
            return 1000;
        }

        var step = 1m;
        while (step * 5 < range / 5)
        {
            step *= 10;
        }

        foreach (var factor in new[] { 1m, 2m, 5m, 10m })
        {
            if (range / (step * factor) <= 5)
            {
                return step * factor;
            }
        }

        return step * 10;
    }
}
