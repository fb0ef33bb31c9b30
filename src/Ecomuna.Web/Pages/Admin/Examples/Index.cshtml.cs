using CsvHelper;
using Ecomuna.Core.Examples;
using Ecomuna.Web.Pages.Examples;

namespace Ecomuna.Web.Pages.Admin.Examples;

/// <summary>
/// The secretariat's good examples: the queue of submitted ones first, then any status; by theme, goal, member and
/// year, searched, paged, and exported as CSV as filtered.
/// </summary>
public sealed class IndexModel(EcomunaDbContext db, TimeProvider clock, IStringLocalizer<ExamplesResource> text) : ListPageModel
{
    public const int PageSize = 25;

    /// <summary>Null shows every status.</summary>
    [BindProperty(SupportsGet = true, Name = "status")]
    public ExampleStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "theme")]
    public int? ThemeId { get; set; }

    [BindProperty(SupportsGet = true, Name = "goal")]
    public int? Goal { get; set; }

    [BindProperty(SupportsGet = true, Name = "member")]
    public int? MemberId { get; set; }

    [BindProperty(SupportsGet = true, Name = "year")]
    public int? Year { get; set; }

    public int Waiting { get; private set; }

    public Page<Row> Rows { get; private set; } = Paging.Empty<Row>();

    public IReadOnlyList<ExampleAccess.ThemeOption> Themes { get; private set; } = [];

    public IReadOnlyList<ExampleAccess.MemberOption> Members { get; private set; } = [];

    public sealed record Row(
        int Id, string Title, string MemberName, string? County, int Year, ExampleStatus Status, DateTime? SubmittedAtUtc, DateTime? PublishedAtUtc,
        DateTime UpdatedAtUtc, List<string> Themes, List<int> Goals, int? AwardYear);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var matching = db.Filtered(Filter());
        Rows = await Project(Sorted(matching)).ToPageAsync(PageNo, PageSize, ct);
        PageNo = Rows.Number;
        Waiting = await db.GoodExamples.CountAsync(e => e.Status == ExampleStatus.Submitted, ct);
        Themes = await ExampleAccess.ThemesAsync(db, ct);
        Members = await db.Members.Where(m => db.GoodExamples.Any(e => e.MemberId == m.Id))
            .OrderBy(m => m.Name).Select(m => new ExampleAccess.MemberOption(m.Id, m.Name)).ToListAsync(ct);
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var rows = await Project(Sorted(db.Filtered(Filter()))).ToListAsync(ct);
        return CsvExport.File(
            $"good-examples-{clock.GetUtcNow():yyyy-MM-dd}.csv",
            [
                "Id", text["Field.Title"].Value, text["Field.Member"].Value, text["Csv.County"].Value, text["Field.Year"].Value, text["Field.Status"].Value,
                text["Field.Themes"].Value, text["Field.Goals"].Value, text["Admin.Submitted"].Value, text["Admin.Published"].Value,
                text["Admin.Updated"].Value, text["Admin.Award"].Value,
            ],
            rows.Select(row => new string?[]
            {
                row.Id.ToString(CultureInfo.InvariantCulture), row.Title, row.MemberName, row.County, row.Year.ToString(CultureInfo.InvariantCulture),
                text[$"Status.{row.Status}"].Value, string.Join("; ", row.Themes), string.Join("; ", row.Goals),
                row.SubmittedAtUtc is { } submitted ? Stamp(submitted) : null, row.PublishedAtUtc is { } published ? Stamp(published) : null,
                Stamp(row.UpdatedAtUtc), row.AwardYear?.ToString(CultureInfo.InvariantCulture),
            }));
    }

    public ListRoute RouteValues(int pageNo = 1) => new ListRoute()
        .With("q", Search).With("status", Status).With("theme", ThemeId).With("goal", Goal).With("member", MemberId).With("year", Year)
        .WithPage("pageNo", pageNo);

    private ExampleFilter Filter() => new(Search, ThemeId, Goal, MemberId: MemberId, Year: Year, Status: Status);

    /// <summary>The queue in the order it came in; otherwise the most recently changed first.</summary>
    private IQueryable<GoodExample> Sorted(IQueryable<GoodExample> examples) => Status == ExampleStatus.Submitted
        ? examples.OrderBy(e => e.SubmittedAtUtc).ThenBy(e => e.Id)
        : examples.OrderByDescending(e => e.UpdatedAtUtc).ThenByDescending(e => e.Id);

    private IQueryable<Row> Project(IQueryable<GoodExample> examples)
    {
        var english = SupportedCultures.CurrentLanguage == "en";
        return examples.Select(e => new Row(
            e.Id, e.Title, e.Member!.Name, e.Member.County, e.Year, e.Status, e.SubmittedAtUtc, e.PublishedAtUtc, e.UpdatedAtUtc,
            e.Themes.Select(t => english ? t.Theme!.NameEn : t.Theme!.NameSv).ToList(),
            e.Goals.OrderBy(g => g.Goal).Select(g => g.Goal).ToList(),
            db.InitiativesOfTheYear.Where(i => i.ExampleId == e.Id).Select(i => (int?)i.Year).FirstOrDefault()));
    }

    private static string Stamp(DateTime utc) =>
        SwedishTime.ToSwedish(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
