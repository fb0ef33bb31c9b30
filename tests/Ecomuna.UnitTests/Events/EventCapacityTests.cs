using Ecomuna.Core.Events;

namespace Ecomuna.UnitTests.Events;

public sealed class EventCapacityTests
{
    [Theory]
    [InlineData(39, false)]
    [InlineData(40, true)]
    [InlineData(41, true)]
    [InlineData(null, true)]
    public void CanHaveCapacity_HoldsEveryoneConfirmedOrIsRefused(int? capacity, bool allowed)
    {
        var calendarEvent = new CalendarEvent { Title = "Årskonferens", Capacity = 100, ConfirmedCount = 40 };

        Assert.Equal(allowed, calendarEvent.CanHaveCapacity(capacity));
    }

    [Fact]
    public void IsFull_OnceEverySeatIsTaken()
    {
        Assert.False(new CalendarEvent { Capacity = 3, ConfirmedCount = 2 }.IsFull);
        Assert.True(new CalendarEvent { Capacity = 3, ConfirmedCount = 3 }.IsFull);
        Assert.False(new CalendarEvent { Capacity = null, ConfirmedCount = 500 }.IsFull);
    }
}
