using System.Globalization;
using Ecomuna.Core.Localization;

namespace Ecomuna.UnitTests.Localization;

public sealed class MoneyTests
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo(SupportedCultures.Swedish);
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo(SupportedCultures.English);

    [Fact]
    public void Format_Swedish_GroupsWithNoBreakSpaceAndEndsWithKr()
    {
        Assert.Equal("4\u00a0000\u00a0kr", Money.Format(4000m, 0, Swedish));
    }

    [Fact]
    public void Format_English_StartsWithSekAndGroupsWithComma()
    {
        Assert.Equal("SEK\u00a04,000", Money.Format(4000m, 0, English));
    }

    [Fact]
    public void Format_SwedishWithDecimals_UsesDecimalComma()
    {
        Assert.Equal("1\u00a0234,50\u00a0kr", Money.Format(1234.5m, 2, Swedish));
    }

    [Fact]
    public void Format_EnglishWithDecimals_UsesDecimalPoint()
    {
        Assert.Equal("SEK\u00a01,234.50", Money.Format(1234.5m, 2, English));
    }

    [Fact]
    public void Format_NoDecimals_RoundsToWholeKronor()
    {
        Assert.Equal("SEK\u00a025,001", Money.Format(25000.5m, 0, English));
    }

    [Fact]
    public void Format_NoCultureGiven_UsesCurrentCulture()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = Swedish;
        try
        {
            Assert.Equal("25\u00a0000\u00a0kr", Money.Format(25000m));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
