using Ecomuna.Core.Events;

namespace Ecomuna.UnitTests.Events;

public sealed class EventVisibilityTests
{
    [Theory]
    [InlineData(EventAudience.Public, false, false, true)]
    [InlineData(EventAudience.Members, false, false, false)]
    [InlineData(EventAudience.Members, false, true, true)]
    [InlineData(EventAudience.Members, true, false, true)]
    [InlineData(EventAudience.Board, false, true, false)]
    [InlineData(EventAudience.Board, true, false, true)]
    [InlineData(EventAudience.Forum, false, true, false)]
    [InlineData(EventAudience.Forum, true, false, true)]
    [InlineData(EventAudience.WorkingGroup, false, true, false)]
    [InlineData(EventAudience.WorkingGroup, true, false, true)]
    public void CanSee_AudienceAndVisitor_FollowsTheRule(EventAudience audience, bool isAdmin, bool isContactPerson, bool expected)
    {
        var calendarEvent = new CalendarEvent { Audience = audience };

        Assert.Equal(expected, EventVisibility.CanSee(calendarEvent, isAdmin, isContactPerson));
    }
}
