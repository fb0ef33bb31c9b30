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
