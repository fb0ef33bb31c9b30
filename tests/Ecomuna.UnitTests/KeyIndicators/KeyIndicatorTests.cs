using Ecomuna.Core.KeyIndicators;

namespace Ecomuna.UnitTests.KeyIndicators;

public sealed class KeyIndicatorTests
{
    [Theory]
    [InlineData(2011, false)]
    [InlineData(2012, true)]
    [InlineData(2017, true)]
    [InlineData(2022, true)]
    [InlineData(2023, false)]
    public void IsValidIn_ClosedRange_IncludesBothEnds(int year, bool expected)
    {
        var indicator = new KeyIndicator { ValidFromYear = 2012, ValidToYear = 2022 };

        Assert.Equal(expected, indicator.IsValidIn(year));
    }

    [Theory]
    [InlineData(2022, false)]
    [InlineData(2023, true)]
    [InlineData(2100, true)]
    public void IsValidIn_NoEndYear_IsValidFromStartOnwards(int year, bool expected)
    {
        var indicator = new KeyIndicator { ValidFromYear = 2023 };

        Assert.Equal(expected, indicator.IsValidIn(year));
    }

    [Fact]
    public void Name_English_IsEnglishNameOtherwiseSwedish()
    {
        var indicator = new KeyIndicator { NameSv = "Resor med kollektivtrafik", NameEn = "Public transport trips" };

        Assert.Equal(("Public transport trips", "Resor med kollektivtrafik"), (indicator.Name("en"), indicator.Name("sv")));
    }
}

public sealed class IndicatorRulesTests
{
    [Theory]
    [InlineData("12,5", 12.5)]
    [InlineData("12.5", 12.5)]
    [InlineData("1 234,5", 1234.5)]
    [InlineData("1\u00a0234", 1234)]
    [InlineData("-3", -3)]
    [InlineData("\u22123,5", -3.5)]
    public void TryParse_AsPeopleTypeNumbers_Reads(string typed, double expected)
    {
        Assert.True(IndicatorNumber.TryParse(typed, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("tolv")]
    [InlineData("1.234,5")]
    [InlineData("NaN")]
    public void TryParse_NotANumber_Fails(string typed) => Assert.False(IndicatorNumber.TryParse(typed, out _));

    [Theory]
    [InlineData(-0.1, false)]
    [InlineData(0, true)]
    [InlineData(100, true)]
    [InlineData(100.5, false)]
    public void IsPlausible_WithinRangeIncludingEnds(double value, bool expected) =>
        Assert.Equal(expected, new KeyIndicator { PlausibleMin = 0, PlausibleMax = 100 }.IsPlausible(value));

    [Fact]
    public void IsPlausible_WithoutRange_IsAlwaysTrue() => Assert.True(new KeyIndicator().IsPlausible(1e9));

    [Theory]
    [InlineData(IndicatorDirection.LowerIsBetter, 5, 10, true)]
    [InlineData(IndicatorDirection.LowerIsBetter, 10, 5, false)]
    [InlineData(IndicatorDirection.HigherIsBetter, 10, 5, true)]
    [InlineData(IndicatorDirection.HigherIsBetter, 5, 5, false)]
    public void IsBetter_FollowsDirection(IndicatorDirection direction, double value, double other, bool expected) =>
        Assert.Equal(expected, new KeyIndicator { Direction = direction }.IsBetter(value, other));
}

public sealed class IndicatorCodeOrderTests
{
    [Fact]
    public void Sort_Codes_ReadsNumbersAsNumbers()
    {
        string[] codes = ["GN.10", "GN.2b", "GN.1a", "12", "GN.2a", "2", "GN.9b"];

        Assert.Equal(["2", "12", "GN.1a", "GN.2a", "GN.2b", "GN.9b", "GN.10"], codes.Order(IndicatorCodeOrder.Instance));
    }
}
