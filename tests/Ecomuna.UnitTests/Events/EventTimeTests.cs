using Ecomuna.Core.Events;

namespace Ecomuna.UnitTests.Events;

public sealed class EventTimeTests
{
    private const string Stockholm = "Europe/Stockholm";

    [Theory]
    [InlineData(2031, 6, 10, 9, 7)]
    [InlineData(2031, 1, 15, 9, 8)]
    public void ToUtc_StockholmTime_SubtractsSummerOrWinterOffset(int year, int month, int day, int localHour, int utcHour)
    {
        var utc = EventTime.ToUtc(new DateTime(year, month, day, localHour, 0, 0), Stockholm);

        Assert.Equal(new DateTime(year, month, day, utcHour, 0, 0, DateTimeKind.Utc), utc);
        Assert.Equal(new DateTime(year, month, day, localHour, 0, 0), EventTime.ToLocal(utc!.Value, Stockholm));
    }

    [Fact]
    public void ToUtc_HourSkippedInSpring_IsNull() => Assert.Null(EventTime.ToUtc(new DateTime(2031, 3, 30, 2, 30, 0), Stockholm));

    [Fact]
    public void ToUtc_HourRepeatedInAutumn_IsTheSummerTimeOne() =>
        Assert.Equal(new DateTime(2031, 10, 26, 0, 30, 0, DateTimeKind.Utc), EventTime.ToUtc(new DateTime(2031, 10, 26, 2, 30, 0), Stockholm));

    [Fact]
    public void CopyForNextYear_KeepsTheWallClockTimeAndStartsWithoutSeatsOrCancellation()
    {
        var original = new CalendarEvent
        {
            Title = "Årskonferens",
            TimeZone = Stockholm,
            StartsAtUtc = new DateTime(2030, 3, 30, 8, 0, 0, DateTimeKind.Utc), // 09:00 winter time, the day before summer time begins in 2030
            EndsAtUtc = new DateTime(2030, 3, 30, 15, 0, 0, DateTimeKind.Utc),
            Capacity = 100,
            ConfirmedCount = 40,
            CancelledAtUtc = new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            CalendarUid = "old@ecomuna",
        };

        var copy = original.CopyForNextYear("Kopia av Årskonferens");

        // 30 March 2031 is the day summer time begins, so 09:00 is 07:00 UTC.
        Assert.Equal(new DateTime(2031, 3, 30, 7, 0, 0, DateTimeKind.Utc), copy.StartsAtUtc);
        Assert.Equal((100, 0, false), (copy.Capacity, copy.ConfirmedCount, copy.IsCancelled));
        Assert.EndsWith("@ecomuna", copy.CalendarUid, StringComparison.Ordinal);
        Assert.NotEqual(original.CalendarUid, copy.CalendarUid);
    }

    [Fact]
    public void Cancel_Twice_KeepsTheFirstTime()
    {
        var calendarEvent = new CalendarEvent();
        var first = new DateTime(2031, 1, 1, 10, 0, 0, DateTimeKind.Utc);

        Assert.True(calendarEvent.Cancel(first));
        Assert.False(calendarEvent.Cancel(first.AddHours(1)));
        Assert.Equal(first, calendarEvent.CancelledAtUtc);
    }
}
