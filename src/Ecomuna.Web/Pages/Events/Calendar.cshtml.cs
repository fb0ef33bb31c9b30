using System.Text;
using Ecomuna.Core.Events;
using Ecomuna.Core.Invoicing;

namespace Ecomuna.Web.Pages.Events;

/// <summary>
/// The public calendar feed to subscribe to: public events that have not ended, and those of the last 90 days, so a
/// cancellation or a recent event stays in the subscriber's calendar. Never the online links (they are for those
/// registered) and never events for members, the board, the forum or a working group.
/// </summary>
[AllowAnonymous]
public sealed class CalendarModel(EcomunaDbContext db, TimeProvider clock, IOptions<AssociationOptions> association) : PageModel
{
    public static readonly TimeSpan PastEventsShown = TimeSpan.FromDays(90);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var since = now - PastEventsShown;
        var events = await db.Events.AsNoTracking()
            .Where(e => e.Audience == EventAudience.Public && e.EndsAtUtc >= since)
            .OrderBy(e => e.StartsAtUtc).ThenBy(e => e.Id)
            .ToListAsync(ct);

        var entries = events.Select(e => ICalendar.EntryFor(e, DetailsUrl(Request, e.Id), now, includeOnlineLink: false));
        var text = ICalendar.Write(entries, CalendarName(association.Value), now);
        return File(Encoding.UTF8.GetBytes(text), ICalendar.ContentType);
    }

    /// <summary>The name a calendar program gives the subscribed calendar, in both languages.</summary>
    public static string CalendarName(AssociationOptions association)
    {
        ArgumentNullException.ThrowIfNull(association);
        return $"{association.Name} – kalender / calendar";
    }

    /// <summary>The absolute address of an event's page, which calendar entries link to.</summary>
    public static string DetailsUrl(HttpRequest request, int id)
    {
        ArgumentNullException.ThrowIfNull(request);
        return $"{request.Scheme}://{request.Host}{request.PathBase}/Events/Details/{id}";
    }
}
