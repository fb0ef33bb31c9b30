using Ecomuna.Core.Calendar;

namespace Ecomuna.UnitTests.Calendar;

public sealed class SwedishTimeTests
{
    [Fact]
    public void Today_HalfPastElevenUtcOnNewYearsEve_IsAlreadyTheFirstOfJanuaryOfTheNextYear()
    {
        var sweden = At(new DateTime(2026, 12, 31, 23, 30, 0, DateTimeKind.Utc));

        Assert.Equal(new DateOnly(2027, 1, 1), sweden.Today);
        Assert.Equal(2027, sweden.Year);
        Assert.Equal(new DateTime(2027, 1, 1, 0, 30, 0), sweden.Now);
    }

    [Fact]
    public void Now_InSummer_IsTwoHoursAheadOfUtcAndInWinterOne()
    {
        Assert.Equal(new DateTime(2026, 7, 2, 0, 30, 0), At(new DateTime(2026, 7, 1, 22, 30, 0, DateTimeKind.Utc)).Now);
        Assert.Equal(new DateOnly(2026, 7, 2), At(new DateTime(2026, 7, 1, 22, 30, 0, DateTimeKind.Utc)).Today);
        Assert.Equal(new DateTime(2026, 1, 15, 23, 30, 0), At(new DateTime(2026, 1, 15, 22, 30, 0, DateTimeKind.Utc)).Now);
        Assert.Equal(new DateOnly(2026, 1, 15), At(new DateTime(2026, 1, 15, 22, 30, 0, DateTimeKind.Utc)).Today);
    }

    [Fact]
    public void DateOf_AUtcInstant_IsTheDateInSweden()
    {
        Assert.Equal(new DateOnly(2026, 3, 1), SwedishTime.DateOf(new DateTime(2026, 2, 28, 23, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(new DateOnly(2026, 2, 28), SwedishTime.DateOf(new DateTime(2026, 2, 28, 22, 59, 0, DateTimeKind.Utc)));
        Assert.Equal(new DateOnly(2026, 6, 1), SwedishTime.DateOf(new DateTime(2026, 5, 31, 22, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void StartOfDayUtc_IsMidnightInSweden()
    {
        Assert.Equal(new DateTime(2026, 7, 1, 22, 0, 0, DateTimeKind.Utc), SwedishTime.StartOfDayUtc(new DateOnly(2026, 7, 2)));
        Assert.Equal(new DateTime(2026, 12, 31, 23, 0, 0, DateTimeKind.Utc), SwedishTime.StartOfDayUtc(new DateOnly(2027, 1, 1)));
        Assert.Equal(DateTimeKind.Utc, SwedishTime.StartOfDayUtc(new DateOnly(2027, 1, 1)).Kind);
    }

    [Fact]
    public void ToUtc_TheHourSkippedWhenSummerTimeBegins_CountsAsTheHourAfter()
    {
        // 29 March 2026: the clocks go from 02:00 to 03:00, so 02:30 is not a time in Sweden.
        Assert.Equal(new DateTime(2026, 3, 29, 1, 30, 0, DateTimeKind.Utc), SwedishTime.ToUtc(new DateTime(2026, 3, 29, 2, 30, 0)));
        Assert.Equal(new DateTime(2026, 3, 29, 0, 30, 0, DateTimeKind.Utc), SwedishTime.ToUtc(new DateTime(2026, 3, 29, 1, 30, 0)));
    }

    private static SwedishTime At(DateTime utc) => new(new FixedClock(new DateTimeOffset(utc)));

    /// <summary>A clock at one instant, with the local zone UTC as in a container.</summary>
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
