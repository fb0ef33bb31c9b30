using System.Globalization;
using Ecomuna.Core.Data;
using Ecomuna.Core.Events;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Ecomuna.Web.Pages.Admin.Events;

/// <summary>The secretariat's events: upcoming or past, by kind and title, with how many have registered; copy an event.</summary>
public sealed class IndexModel(EcomunaDbContext db, TimeProvider clock, IStringLocalizer<EventAdminResource> text) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "past")]
    public bool Past { get; set; }

    [BindProperty(SupportsGet = true, Name = "kind")]
    public EventKind? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "pageNo")]
    public int PageNo { get; set; } = 1;

    public int Count { get; private set; }

    public int PageCount => Math.Max(1, (Count + PageSize - 1) / PageSize);

    public IReadOnlyList<EventRow> Rows { get; private set; } = [];

    public sealed record EventRow(
        int Id, EventKind Kind, string Title, DateTime StartsAtUtc, DateTime EndsAtUtc, string TimeZone, string? Place, bool IsAnnualMeeting,
        bool IsCancelled, int? Capacity, int Confirmed, int Waiting);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var matching = Filtered();
        Count = await matching.CountAsync(ct);
        PageNo = Math.Clamp(PageNo, 1, PageCount);
        var sorted = Past ? matching.OrderByDescending(e => e.StartsAtUtc).ThenBy(e => e.Id) : matching.OrderBy(e => e.StartsAtUtc).ThenBy(e => e.Id);
        Rows = await sorted
            .Skip((PageNo - 1) * PageSize)
            .Take(PageSize)
            .Select(e => new EventRow(
                e.Id, e.Kind, e.Title, e.StartsAtUtc, e.EndsAtUtc, e.TimeZone, e.Place, e.IsAnnualMeeting, e.CancelledAtUtc != null, e.Capacity,
                db.EventRegistrations.Count(r => r.EventId == e.Id && r.Status == RegistrationStatus.Confirmed),
                db.EventRegistrations.Count(r => r.EventId == e.Id && r.Status == RegistrationStatus.Waiting)))
            .ToListAsync(ct);
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

    public Dictionary<string, string> RouteValues(int? pageNo = null)
    {
        var values = new Dictionary<string, string>();
        if (Past)
        {
            values["past"] = "true";
        }

        if (Kind is { } kind)
        {
            values["kind"] = kind.ToString();
        }

        if (!string.IsNullOrWhiteSpace(Search))
        {
            values["q"] = Search;
        }

        if (pageNo is > 1)
        {
            values["pageNo"] = pageNo.Value.ToString(CultureInfo.InvariantCulture);
        }

        return values;
    }

    private IQueryable<CalendarEvent> Filtered()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var events = Past ? db.Events.Where(e => e.EndsAtUtc < now) : db.Events.Where(e => e.EndsAtUtc >= now);
        if (Kind is { } kind)
        {
            events = events.Where(e => e.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(Search))
        {
            // As on the member list: SQLite's lower() folds only A-Z, so the capitalised term catches titles that start a
            // word with Å, Ä or Ö; PostgreSQL folds everything.
            var term = Search.Trim().ToLower(CultureInfo.InvariantCulture);
            var capitalised = string.Concat(term[..1].ToUpper(CultureInfo.InvariantCulture), term[1..]);
#pragma warning disable CA1304, CA1311, CA1862
            events = events.Where(e => e.Title.ToLower().Contains(term) || e.Title.ToLower().Contains(capitalised));
#pragma warning restore CA1304, CA1311, CA1862
        }

        return events;
    }
}
