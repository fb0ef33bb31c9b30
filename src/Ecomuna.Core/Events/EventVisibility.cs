namespace Ecomuna.Core.Events;

/// <summary>Who may see an event: its page, its calendar file, its place in a list.</summary>
public static class EventVisibility
{
    /// <summary>
    /// The one rule for seeing an event. Public events: everyone, signed in or not. Members-only events: contact persons
    /// of member organisations and the secretariat. Board, forum and working-group events: the secretariat only, until
    /// the portal knows who sits on each body. Network members see public events only.
    /// </summary>
    public static bool CanSee(CalendarEvent calendarEvent, bool isAdmin, bool isContactPerson)
    {
        ArgumentNullException.ThrowIfNull(calendarEvent);
        return calendarEvent.Audience switch
        {
            EventAudience.Public => true,
            EventAudience.Members => isAdmin || isContactPerson,
            _ => isAdmin,
        };
    }
}
