using System.Globalization;
using CsvHelper;
using Ecomuna.Core.Calendar;
using Ecomuna.Core.Data;
using Ecomuna.Core.Members;
using Ecomuna.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Ecomuna.Web.Pages.Admin.Members;

/// <summary>The secretariat's member list: filter, sort, page through, export what matches.</summary>
[OutputCache(PolicyName = PublicPageCache.SignedInPolicy, Tags = [PublicPageCache.Members])]
public sealed class IndexModel(EcomunaDbContext db, TimeProvider clock, SwedishTime swedishTime, IStringLocalizer<SharedResource> shared, IStringLocalizer<MembersResource> text, DataCache cache)
    : PageModel
{
    public const int PageSize = 25;

    public static readonly IReadOnlyList<string> SortKeys = ["name", "county", "part", "population", "status"];

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

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

    [BindProperty(SupportsGet = true, Name = "sort")]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "desc")]
    public bool Desc { get; set; }

    [BindProperty(SupportsGet = true, Name = "pageNo")]
    public int PageNo { get; set; } = 1;

    public int Count { get; private set; }

    public int PageCount => Math.Max(1, (Count + PageSize - 1) / PageSize);

    public IReadOnlyList<MemberRow> Rows { get; private set; } = [];

    public IReadOnlyList<string> Counties { get; private set; } = [];

    public IReadOnlyList<string> Countries { get; private set; } = [];

    public string SortKey => Sort is { } key && SortKeys.Contains(key) ? key : "name";

    public sealed record MemberRow(
        int Id, string Name, MemberKind Kind, MembershipStatus Status, string? County, PartOfCountry? PartOfCountry, string CountryCode,
        string? OrganisationNumber, int? Population, int? PopulationYear, DateOnly? MemberSince, string? Website);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var matching = await FilteredAsync(ct);
        Count = await matching.CountAsync(ct);
        PageNo = Math.Clamp(PageNo, 1, PageCount);
        Rows = await Project(Sorted(matching)).Skip((PageNo - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        Counties = await cache.GetOrCreateAsync(PublicPageCache.Members, "member-counties", async () =>
            (IReadOnlyList<string>)await db.Members.Where(m => m.County != null).Select(m => m.County!).Distinct().OrderBy(c => c).ToListAsync(ct));
        Countries = await cache.GetOrCreateAsync(PublicPageCache.Members, "member-countries", async () =>
            (IReadOnlyList<string>)await db.Members.Select(m => m.CountryCode).Distinct().OrderBy(c => c).ToListAsync(ct));
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var rows = await Project(Sorted(await FilteredAsync(ct))).ToListAsync(ct);
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, new CsvWriterOptions { WriteByteOrderMark = true, Injection = CsvInjection.Escape }, leaveOpen: true))
        {
            csv.WriteHeader(
            [
                shared["Field.Member.Name"].Value, shared["Field.Member.Kind"].Value, shared["Field.Member.Status"].Value, shared["Field.Member.County"].Value,
                shared["Field.Member.PartOfCountry"].Value, shared["Field.Member.CountryCode"].Value, shared["Field.Member.OrganisationNumber"].Value,
                text["List.Population"].Value, text["List.PopulationYear"].Value, shared["Field.Member.MemberSince"].Value, shared["Field.Member.Website"].Value,
            ]);
            foreach (var row in rows)
            {
                csv.WriteRecord(
                [
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
                ]);
            }
        }

        var fileName = $"members-{clock.GetUtcNow():yyyy-MM-dd}.csv";
        return File(buffer.ToArray(), "text/csv; charset=utf-8", fileName);
    }

    /// <summary>The current filter and sort as query-string values, with the given changes, for links that keep them.</summary>
    public Dictionary<string, string> RouteValues(string? sort = null, bool? desc = null, int? pageNo = null)
    {
        var values = new Dictionary<string, string>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                values[key] = value;
            }
        }

        Add("q", Search);
        Add("kind", Kind?.ToString());
        Add("status", Status?.ToString());
        Add("county", County);
        Add("part", Part?.ToString());
        Add("country", Country);
        Add("lacksContact", LacksContact ? "true" : null);
        Add("notConfirmed", NotConfirmed ? "true" : null);
        Add("sort", sort ?? Sort);
        Add("desc", desc ?? Desc ? "true" : null);
        Add("pageNo", pageNo is > 1 ? pageNo.Value.ToString(CultureInfo.InvariantCulture) : null);
        return values;
    }

    private async Task<IQueryable<Member>> FilteredAsync(CancellationToken ct)
    {
        var members = db.Members.AsQueryable();
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var term = Search.Trim().ToLower(CultureInfo.InvariantCulture);

            // SQLite's lower() folds only A-Z, so "Örebro" stays "Örebro"; the capitalised term catches words that start
            // with Å, Ä or Ö. PostgreSQL folds everything and matches on the lowered term. The CultureInfo overloads of
            // ToLower cannot be translated to SQL.
            var capitalised = string.Concat(term[..1].ToUpper(CultureInfo.InvariantCulture), term[1..]);
#pragma warning disable CA1304, CA1311, CA1862
            members = members.Where(m => m.Name.ToLower().Contains(term) || m.Name.ToLower().Contains(capitalised));
#pragma warning restore CA1304, CA1311, CA1862
        }

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
