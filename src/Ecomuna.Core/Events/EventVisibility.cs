using System.Security.Claims;
using Ecomuna.Core.Accounts;

namespace Ecomuna.Core.Events;

/// <summary>
/// Who may see which events: public ones everyone; members-only ones the members' signed-in contact persons and
/// the secretariat; board, forum and working-group meetings the secretariat only. An event someone may not see
/// does not exist for them.
/// </summary>
public static class EventVisibility
{
    private static readonly EventAudience[] Everyone = [EventAudience.Public];
    private static readonly EventAudience[] ContactPersons = [EventAudience.Public, EventAudience.Members];
    private static readonly EventAudience[] Secretariat = Enum.GetValues<EventAudience>();

    /// <summary>The rule: the audiences whose events <paramref name="user"/> may see.</summary>
    public static IReadOnlyList<EventAudience> AudiencesFor(ClaimsPrincipal? user) =>
        user?.IsInRole(Roles.Admin) == true ? Secretariat
        : user?.IsInRole(Roles.ContactPerson) == true ? ContactPersons
        : Everyone;

    public static bool MaySee(ClaimsPrincipal? user, EventAudience audience) => AudiencesFor(user).Contains(audience);

    /// <summary>Only the events <paramref name="user"/> may see, as part of a database query.</summary>
    public static IQueryable<CalendarEvent> VisibleTo(this IQueryable<CalendarEvent> events, ClaimsPrincipal? user)
    {
        var audiences = AudiencesFor(user).ToList();
        return events.Where(e => audiences.Contains(e.Audience));
    }
}
