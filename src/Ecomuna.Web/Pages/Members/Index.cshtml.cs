using Ecomuna.Core.Data;
using Ecomuna.Core.Members;
using Ecomuna.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

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
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<string> Counties { get; private set; } = [];
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int MatchCount { get; private set; }
    public int PageCount => Math.Max(1, (MatchCount + PageSize - 1) / PageSize);

    public sealed record Row(int Id, string Name, MemberKind Kind, string? County, PartOfCountry? Part, DateOnly? MemberSince);

    public async Task OnGetAsync()
    {
        var active = db.Members.Where(m => m.Status == MembershipStatus.Active);
        Counties = await active.Where(m => m.County != null).Select(m => m.County!).Distinct().OrderBy(c => c).ToListAsync();

        var query = active;
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var term = Search.Trim().ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // Translated to SQL lower(), Unicode-aware on both databases.
            query = query.Where(m => m.Name.ToLower().Contains(term));
#pragma warning restore CA1304, CA1311, CA1862
        }

        if (!string.IsNullOrEmpty(County))
        {
            query = query.Where(m => m.County == County);
        }

        if (Part is { } part)
        {
            query = query.Where(m => m.PartOfCountry == part);
        }

        MatchCount = await query.CountAsync();
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Rows = await query
            .OrderBy(m => m.Name)
            .Skip((PageNumber - 1) * PageSize)
            .Take(PageSize)
            .Select(m => new Row(m.Id, m.Name, m.Kind, m.County, m.PartOfCountry, m.MemberSince))
            .ToListAsync();
    }

    /// <summary>The query string of the current filter with another page number, for the pager links.</summary>
    public Dictionary<string, string?> RouteFor(int page) => new()
    {
        ["search"] = Search,
        ["county"] = County,
        ["part"] = Part?.ToString(),
        ["pageNo"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
