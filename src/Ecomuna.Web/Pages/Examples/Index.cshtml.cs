using Ecomuna.Core.Examples;
using Microsoft.AspNetCore.OutputCaching;

namespace Ecomuna.Web.Pages.Examples;

/// <summary>The published good examples: search, filter by theme, goal, place, member and year, newest or best match first.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.Policy, Tags = [PublicPageCache.Examples, PublicPageCache.Members])]
public sealed class IndexModel(EcomunaDbContext db) : ListPageModel
{
    public const int PageSize = 12;

    [BindProperty(SupportsGet = true, Name = "theme")]
    public int? ThemeId { get; set; }

    [BindProperty(SupportsGet = true, Name = "goal")]
    public int? Goal { get; set; }

    [BindProperty(SupportsGet = true, Name = "county")]
    public string? County { get; set; }

    [BindProperty(SupportsGet = true, Name = "part")]
    public PartOfCountry? Part { get; set; }

    [BindProperty(SupportsGet = true, Name = "member")]
    public int? MemberId { get; set; }

    [BindProperty(SupportsGet = true, Name = "year")]
    public int? Year { get; set; }

    public bool ByRelevance => !string.IsNullOrWhiteSpace(Search) && Sort != "newest";

    public Page<ExampleCard> Rows { get; private set; } = Paging.Empty<ExampleCard>();

    public IReadOnlyList<ExampleAccess.ThemeOption> Themes { get; private set; } = [];

    public IReadOnlyList<string> Counties { get; private set; } = [];

    public IReadOnlyList<ExampleAccess.MemberOption> Members { get; private set; } = [];

    public IReadOnlyList<int> Years { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (Search?.Length > 200)
        {
            Search = Search[..200];
        }

        var filter = new ExampleFilter(Search, ThemeId, Goal is { } g && SustainableDevelopmentGoals.IsGoal(g) ? g : null, County, Part, MemberId, Year, ExampleStatus.Published);
        var matching = db.Filtered(filter);
        var sorted = ByRelevance ? db.ByRelevance(matching, Search) : ExampleQueries.Newest(matching);
        Rows = await ExampleCard.Project(db, sorted, SupportedCultures.CurrentLanguage == "en").ToPageAsync(PageNo, PageSize, ct);
        PageNo = Rows.Number;

        var published = db.GoodExamples.Where(e => e.Status == ExampleStatus.Published);
        Themes = await ExampleAccess.ThemesAsync(db, ct);
        Counties = await db.Members.Where(m => m.County != null && published.Any(e => e.MemberId == m.Id))
            .Select(m => m.County!).Distinct().OrderBy(c => c).ToListAsync(ct);
        Members = await db.Members.Where(m => published.Any(e => e.MemberId == m.Id))
            .OrderBy(m => m.Name).Select(m => new ExampleAccess.MemberOption(m.Id, m.Name)).ToListAsync(ct);
        Years = await published.Select(e => e.Year).Distinct().OrderByDescending(y => y).ToListAsync(ct);
    }

    public ListRoute RouteValues(int page) => new ListRoute()
        .With("q", Search).With("theme", ThemeId).With("goal", Goal).With("county", County).With("part", Part)
        .With("member", MemberId).With("year", Year).With("sort", Sort).WithPage("pageNo", page);
}

/// <summary>An example as a card in a list.</summary>
public sealed record ExampleCard(
    int Id, string Title, string Summary, string MemberName, int Year, DateTime? PublishedAtUtc, int? ImageId, string? ImageAlt,
    List<string> Themes, List<int> Goals, int? AwardYear)
{
    public static IQueryable<ExampleCard> Project(EcomunaDbContext db, IQueryable<GoodExample> examples, bool english)
    {
        ArgumentNullException.ThrowIfNull(db);
        return examples.Select(e => new ExampleCard(
            e.Id, e.Title, e.Summary, e.Member!.Name, e.Year, e.PublishedAtUtc,
            e.Images.OrderBy(i => i.Position).Select(i => (int?)i.Id).FirstOrDefault(),
            e.Images.OrderBy(i => i.Position).Select(i => i.AltText).FirstOrDefault(),
            e.Themes.Select(t => english ? t.Theme!.NameEn : t.Theme!.NameSv).ToList(),
            e.Goals.OrderBy(g => g.Goal).Select(g => g.Goal).ToList(),
            db.InitiativesOfTheYear.Where(i => i.ExampleId == e.Id).Select(i => (int?)i.Year).FirstOrDefault()));
    }
}
