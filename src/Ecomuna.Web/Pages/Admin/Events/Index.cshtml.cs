using Ecomuna.Core.Events;

namespace Ecomuna.Web.Pages.Admin.Events;

/// <summary>The secretariat's events: upcoming or past, by kind and title, with how many have registered; copy an event.</summary>
public sealed class IndexModel(EcomunaDbContext db, TimeProvider clock, IStringLocalizer<EventAdminResource> text) : ListPageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "past")]
    public bool Past { get; set; }

    [BindProperty(SupportsGet = true, Name = "kind")]
    public EventKind? Kind { get; set; }

    public Page<EventRow> Rows { get; private set; } = Paging.Empty<EventRow>();

    public sealed record EventRow(
        int Id, EventKind Kind, string Title, DateTime StartsAtUtc, DateTime EndsAtUtc, string TimeZone, string? Place, bool IsAnnualMeeting,
        bool IsCancelled, int? Capacity, int Confirmed, int Waiting);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var matching = Filtered();
        var sorted = Past ? matching.OrderByDescending(e => e.StartsAtUtc).ThenBy(e => e.Id) : matching.OrderBy(e => e.StartsAtUtc).ThenBy(e => e.Id);
        Rows = await sorted
            .Select(e => new EventRow(
                e.Id, e.Kind, e.Title, e.StartsAtUtc, e.EndsAtUtc, e.TimeZone, e.Place, e.IsAnnualMeeting, e.CancelledAtUtc != null, e.Capacity,
                db.EventRegistrations.Count(r => r.EventId == e.Id && r.Status == RegistrationStatus.Confirmed),
                db.EventRegistrations.Count(r => r.EventId == e.Id && r.Status == RegistrationStatus.Waiting)))
            .ToPageAsync(PageNo, PageSize, ct);
        PageNo = Rows.Number;
    }

    /// <summary>Copies an event a year ahead, without its registrations, and opens the copy to check its details.</summary>
    public async Task<IActionResult> OnPostCopyAsync(int id, CancellationToken ct)
    {
        var original = await db.Events.SingleOrDefaultAsync(e => e.Id == id, ct);
        if (original is null)
        {
            return NotFound();
        }

        var copy = original.CopyForNextYear(text["Copy.TitlePrefix", original.Title].Value);
        db.Events.Add(copy);
        await db.SaveChangesAsync(ct);
        TempData["StatusMessage"] = text["Copy.Done", original.Title].Value;
        return RedirectToPage("Edit", new { id = copy.Id });
    }

    public ListRoute RouteValues(int pageNo = 1) =>
        new ListRoute().With("past", Past).With("kind", Kind).With("q", Search).WithPage("pageNo", pageNo);

    private IQueryable<CalendarEvent> Filtered()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var events = Past ? db.Events.Where(e => e.EndsAtUtc < now) : db.Events.Where(e => e.EndsAtUtc >= now);
        if (Kind is { } kind)
        {
            events = events.Where(e => e.Kind == kind);
        }

        events = events.WhereContains(Search, e => e.Title);

        return events;
    }
}
