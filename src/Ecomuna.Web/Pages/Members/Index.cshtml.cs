using Microsoft.AspNetCore.OutputCaching;

namespace Ecomuna.Web.Pages.Members;

/// <summary>The public member directory: every active member, searchable and filterable.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.Policy, Tags = [PublicPageCache.Members])]
public sealed class IndexModel(EcomunaDbContext db) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? County { get; set; }

    [BindProperty(SupportsGet = true)]
    public PartOfCountry? Part { get; set; }

    [BindProperty(SupportsGet = true, Name = "pageNo")]
    public int PageNo { get; set; } = 1;

    public IReadOnlyList<string> Counties { get; private set; } = [];
    public Page<Row> Rows { get; private set; } = Paging.Empty<Row>();

    public sealed record Row(int Id, string Name, MemberKind Kind, string? County, PartOfCountry? Part, DateOnly? MemberSince);

    public async Task OnGetAsync()
    {
        var active = db.Members.Where(m => m.Status == MembershipStatus.Active);
        Counties = await active.Where(m => m.County != null).Select(m => m.County!).Distinct().OrderBy(c => c).ToListAsync();

        var query = active.WhereContains(Search, m => m.Name);

        if (!string.IsNullOrEmpty(County))
        {
            query = query.Where(m => m.County == County);
        }

        if (Part is { } part)
        {
            query = query.Where(m => m.PartOfCountry == part);
        }

        Rows = await query
            .OrderBy(m => m.Name)
            .Select(m => new Row(m.Id, m.Name, m.Kind, m.County, m.PartOfCountry, m.MemberSince))
            .ToPageAsync(PageNo, PageSize);
        PageNo = Rows.Number;
    }

    /// <summary>The query string of the current filter with another page number, for the pager links.</summary>
    public ListRoute RouteFor(int page) => new ListRoute().With("search", Search).With("county", County).With("part", Part).WithPage("pageNo", page);
}
