using System.Text;
using Ecomuna.Core.Events;

namespace Ecomuna.Web.Pages.Events;

/// <summary>
/// One event as a calendar file to download. An event the visitor may not see (<see cref="EventVisibility"/>) does
/// not exist here. The online link is included only for a visitor with a confirmed registration.
/// </summary>
[AllowAnonymous]
public sealed class IcsModel(EcomunaDbContext db, UserManager<AppUser> users, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var calendarEvent = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, ct);
        if (calendarEvent is null || !EventVisibility.MaySee(User, calendarEvent.Audience))
        {
            return NotFound();
        }

        var userId = users.GetUserId(User);
        var isRegistered = userId is not null && await db.EventRegistrations.AnyAsync(
            r => r.EventId == id && r.UserId == userId && r.Status == RegistrationStatus.Confirmed, ct);

        var now = clock.GetUtcNow().UtcDateTime;
        var text = ICalendar.ForEvent(calendarEvent, CalendarModel.DetailsUrl(Request, id), now, includeOnlineLink: isRegistered);
        return File(Encoding.UTF8.GetBytes(text), ICalendar.ContentType, $"event-{id}.ics");
    }
}
