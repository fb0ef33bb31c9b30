using CsvHelper;
using Microsoft.AspNetCore.OutputCaching;

namespace Ecomuna.Web.Pages.Admin.Members;

/// <summary>The secretariat's member list: filter, sort, page through, export what matches.</summary>
[OutputCache(PolicyName = PublicPageCache.SignedInPolicy, Tags = [PublicPageCache.Members])]
public sealed class IndexModel(EcomunaDbContext db, TimeProvider clock, SwedishTime swedishTime, IStringLocalizer<SharedResource> shared, IStringLocalizer<MembersResource> text, DataCache cache)
    : ListPageModel
{
    public const int PageSize = 25;

    public static readonly IReadOnlyList<string> SortKeys = ["name", "county", "part", "population", "status"];

    [BindProperty(SupportsGet = true, Name = "kind")]
    public MemberKind? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public MembershipStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "county")]
    public string? County { get; set; }

    [BindProperty(SupportsGet = true, Name = "part")]
    public PartOfCountry? Part { get; set; }

    [BindProperty(SupportsGet = true, Name = "country")]
    public string? Country { get; set; }

    [BindProperty(SupportsGet = true, Name = "lacksContact")]
    public bool LacksContact { get; set; }

    /// <summary>Only members whose details nobody has confirmed in the last 12 months (or ever).</summary>
    [BindProperty(SupportsGet = true, Name = "notConfirmed")]
    public bool NotConfirmed { get; set; }

    public Page<MemberRow> Rows { get; private set; } = Paging.Empty<MemberRow>();

    public IReadOnlyList<string> Counties { get; private set; } = [];

    public IReadOnlyList<string> Countries { get; private set; } = [];

    public string SortKey => Sort is { } key && SortKeys.Contains(key) ? key : "name";

    public sealed record MemberRow(
        int Id, string Name, MemberKind Kind, MembershipStatus Status, string? County, PartOfCountry? PartOfCountry, string CountryCode,
        string? OrganisationNumber, int? Population, int? PopulationYear, DateOnly? MemberSince, string? Website);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var matching = await FilteredAsync(ct);
        Rows = await Project(Sorted(matching)).ToPageAsync(PageNo, PageSize, ct);
        PageNo = Rows.Number;
        Counties = await cache.GetOrCreateAsync(PublicPageCache.Members, "member-counties", async () =>
            (IReadOnlyList<string>)await db.Members.Where(m => m.County != null).Select(m => m.County!).Distinct().OrderBy(c => c).ToListAsync(ct));
        Countries = await cache.GetOrCreateAsync(PublicPageCache.Members, "member-countries", async () =>
            (IReadOnlyList<string>)await db.Members.Select(m => m.CountryCode).Distinct().OrderBy(c => c).ToListAsync(ct));
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var rows = await Project(Sorted(await FilteredAsync(ct))).ToListAsync(ct);
        return CsvExport.File(
            $"members-{clock.GetUtcNow():yyyy-MM-dd}.csv",
            [
                shared["Field.Member.Name"].Value, shared["Field.Member.Kind"].Value, shared["Field.Member.Status"].Value, shared["Field.Member.County"].Value,
                shared["Field.Member.PartOfCountry"].Value, shared["Field.Member.CountryCode"].Value, shared["Field.Member.OrganisationNumber"].Value,
                text["List.Population"].Value, text["List.PopulationYear"].Value, shared["Field.Member.MemberSince"].Value, shared["Field.Member.Website"].Value,
            ],
            rows.Select(row => new string?[]
            {
                row.Name,
                shared[$"MemberKind.{row.Kind}"].Value,
                text[$"Status.{row.Status}"].Value,
                row.County,
                row.PartOfCountry is { } part ? shared[$"PartOfCountry.{part}"].Value : null,
                row.CountryCode,
                row.OrganisationNumber,
                row.Population?.ToString(CultureInfo.InvariantCulture),
                row.PopulationYear?.ToString(CultureInfo.InvariantCulture),
                row.MemberSince?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                row.Website,
            }));
    }

    /// <summary>The current filter and sort as query-string values, with the given changes, for links that keep them.</summary>
    public ListRoute RouteValues(string? sort = null, bool? desc = null, int pageNo = 1) => new ListRoute()
        .With("q", Search).With("kind", Kind).With("status", Status).With("county", County).With("part", Part).With("country", Country)
        .With("lacksContact", LacksContact).With("notConfirmed", NotConfirmed).With("sort", sort ?? Sort).With("desc", desc ?? Desc)
        .WithPage("pageNo", pageNo);

    private async Task<IQueryable<Member>> FilteredAsync(CancellationToken ct)
    {
        var members = db.Members.AsQueryable();
        members = members.WhereContains(Search, m => m.Name);

        if (Kind is { } kind)
        {
            members = members.Where(m => m.Kind == kind);
        }

        if (Status is { } status)
        {
            members = members.Where(m => m.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(County))
        {
            members = members.Where(m => m.County == County);
        }

        if (Part is { } part)
        {
            members = members.Where(m => m.PartOfCountry == part);
        }

        if (!string.IsNullOrWhiteSpace(Country))
        {
            members = members.Where(m => m.CountryCode == Country);
        }

        if (LacksContact)
        {
            var today = swedishTime.Today;
            members = members.Where(m =>
                !m.Contacts.Any(c => c.Role == ContactRole.Politician && (c.EndedOn == null || c.EndedOn > today))
                || !m.Contacts.Any(c => c.Role == ContactRole.CivilServant && (c.EndedOn == null || c.EndedOn > today)));
        }

        if (NotConfirmed)
        {
            // Compared in memory: SQLite cannot compare DateTimeOffset values in SQL. The ids then filter in SQL, so
            // counting, sorting and paging stay in the database.
            var now = clock.GetUtcNow();
            var confirmed = await db.Members.Select(m => new { m.Id, m.DetailsConfirmedAt }).ToListAsync(ct);
            var notConfirmed = confirmed.Where(m => DetailsConfirmation.IsOverdue(m.DetailsConfirmedAt, now)).Select(m => m.Id).ToList();
            members = members.Where(m => notConfirmed.Contains(m.Id));
        }

        return members;
    }

    private IQueryable<Member> Sorted(IQueryable<Member> members) => (SortKey, Desc) switch
    {
        ("county", false) => members.OrderBy(m => m.County).ThenBy(m => m.Name),
        ("county", true) => members.OrderByDescending(m => m.County).ThenBy(m => m.Name),
        ("part", false) => members.OrderBy(m => m.PartOfCountry).ThenBy(m => m.Name),
        ("part", true) => members.OrderByDescending(m => m.PartOfCountry).ThenBy(m => m.Name),
        ("population", false) => members.OrderBy(m => m.Populations.OrderByDescending(p => p.Year).Select(p => (int?)p.Population).FirstOrDefault())
            .ThenBy(m => m.Name),
        ("population", true) => members
            .OrderByDescending(m => m.Populations.OrderByDescending(p => p.Year).Select(p => (int?)p.Population).FirstOrDefault())
            .ThenBy(m => m.Name),
        ("status", false) => members.OrderBy(m => m.Status).ThenBy(m => m.Name),
        ("status", true) => members.OrderByDescending(m => m.Status).ThenBy(m => m.Name),
        (_, true) => members.OrderByDescending(m => m.Name).ThenBy(m => m.Id),
        _ => members.OrderBy(m => m.Name).ThenBy(m => m.Id),
    };

    private static IQueryable<MemberRow> Project(IQueryable<Member> members) => members.Select(m => new MemberRow(
        m.Id,
        m.Name,
        m.Kind,
        m.Status,
        m.County,
        m.PartOfCountry,
        m.CountryCode,
        m.OrganisationNumber,
        m.Populations.OrderByDescending(p => p.Year).Select(p => (int?)p.Population).FirstOrDefault(),
        m.Populations.OrderByDescending(p => p.Year).Select(p => (int?)p.Year).FirstOrDefault(),
        m.MemberSince,
        m.Website));
}
