using Ecomuna.Core.Events;
using Microsoft.AspNetCore.OutputCaching;

namespace Ecomuna.Web.Pages.Events;

/// <summary>The calendar: the events the visitor may see, upcoming ones first, or past ones; by kind and page.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.Policy, Tags = [PublicPageCache.Events])]
public sealed class IndexModel(EcomunaDbContext db, TimeProvider clock) : ListPageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public bool Past { get; set; }

    [BindProperty(SupportsGet = true)]
    public EventKind? Kind { get; set; }

    public Page<Row> Rows { get; private set; } = Paging.Empty<Row>();

    public sealed record Row(
        int Id, string Title, EventKind Kind, DateTime StartsAtUtc, DateTime EndsAtUtc, string TimeZone, string? Place, bool Online,
        int? Capacity, int ConfirmedCount, bool IsCancelled)
    {
        public bool IsFull => Capacity is { } seats && ConfirmedCount >= seats;
    }

    public async Task OnGetAsync()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var query = db.Events.VisibleTo(User);
        query = Past ? query.Where(e => e.EndsAtUtc < now) : query.Where(e => e.EndsAtUtc >= now);
        if (Kind is { } kind)
        {
            query = query.Where(e => e.Kind == kind);
        }

        var ordered = Past ? query.OrderByDescending(e => e.StartsAtUtc).ThenByDescending(e => e.Id) : query.OrderBy(e => e.StartsAtUtc).ThenBy(e => e.Id);
        Rows = await ordered
            .Select(e => new Row(e.Id, e.Title, e.Kind, e.StartsAtUtc, e.EndsAtUtc, e.TimeZone, e.Place, e.OnlineLink != null,
                e.Capacity, e.ConfirmedCount, e.CancelledAtUtc != null))
            .ToPageAsync(PageNo, PageSize);
        PageNo = Rows.Number;
    }

    /// <summary>The query string of the current filter with another page number, for the pager links.</summary>
    public ListRoute RouteFor(int page) => new ListRoute().With("past", Past).With("kind", Kind).WithPage("pageNo", page);
}
