using Ecomuna.Web.Pages.Admin.Invoices;

namespace Ecomuna.UnitTests.Web;

public sealed class YearChartTests
{
    [Fact]
    public void Chart_ThreeYears_DrawsThreeBarsPerYearWithHeightsInProportion()
    {
        var chart = new YearChart(
        [
            new IndexModel.YearTotals(2024, 100_000m, 80_000m, 20_000m),
            new IndexModel.YearTotals(2025, 120_000m, 120_000m, 0m),
            new IndexModel.YearTotals(2026, 60_000m, 15_000m, 45_000m),
        ]);

        Assert.Equal(9, chart.Bars.Count);
        Assert.Equal([2024, 2025, 2026], chart.Years.Select(y => y.Year));
        var invoiced2024 = chart.Bars.Single(b => b.Year == 2024 && b.Series == ChartSeries.Invoiced);
        var paid2024 = chart.Bars.Single(b => b.Year == 2024 && b.Series == ChartSeries.Paid);
        Assert.Equal(invoiced2024.Height * 0.8, paid2024.Height, precision: 6);
        Assert.Equal(chart.ZeroY, invoiced2024.Y + invoiced2024.Height, precision: 6);
        Assert.Equal(0, chart.Bars.Single(b => b.Year == 2025 && b.Series == ChartSeries.Outstanding).Height, precision: 6);
        Assert.True(chart.Top >= 120_000m);
        Assert.True(chart.Bars.All(b => b.X >= YearChart.AxisWidth && b.X + b.Width <= chart.Width));
    }

    [Fact]
    public void Chart_Ticks_AreRoundStepsFromZero()
    {
        var chart = new YearChart([new IndexModel.YearTotals(2026, 437_000m, 0m, 437_000m)]);

        var values = chart.Ticks.Select(t => t.Value).ToList();
        Assert.Equal(0m, values[0]);
        Assert.Equal(500_000m, values[^1]);
        Assert.All(values.Zip(values.Skip(1)), pair => Assert.Equal(100_000m, pair.Second - pair.First));
        Assert.Equal(YearChart.PlotTop + YearChart.PlotHeight, chart.ZeroY, precision: 6);
    }

    [Fact]
    public void Chart_NegativeAmount_HangsBelowTheZeroLine()
    {
        var chart = new YearChart([new IndexModel.YearTotals(2026, -5_000m, 0m, 10_000m)]);

        var invoiced = chart.Bars.Single(b => b.Series == ChartSeries.Invoiced);
        Assert.True(chart.Bottom < 0);
        Assert.Equal(chart.ZeroY, invoiced.Y, precision: 6);
        Assert.True(invoiced.Height > 0);
        Assert.Contains(chart.Ticks, t => t.Value == 0m);
    }

    [Fact]
    public void Chart_AllZero_DrawsFlatBarsWithoutDividingByZero()
    {
        var chart = new YearChart([new IndexModel.YearTotals(2026, 0m, 0m, 0m)]);

        Assert.All(chart.Bars, bar => Assert.Equal(0, bar.Height, precision: 6));
        Assert.All(chart.Ticks, tick => Assert.False(double.IsNaN(tick.Y)));
    }
}
