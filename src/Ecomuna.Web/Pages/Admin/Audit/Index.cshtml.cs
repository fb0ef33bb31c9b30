using Ecomuna.Core.Audit;
using Ecomuna.Core.Events;

namespace Ecomuna.Web.Pages.Admin.Audit;

/// <summary>
/// The audit log of security events and admin actions, newest first: filter by kind, actor, dates (Swedish time) and
/// words in the summary, page through, export what the filter shows (the export is itself recorded).
/// </summary>
public sealed class IndexModel(EcomunaDbContext db, IStringLocalizer<AuditResource> text) : ListPageModel
{
    public const int PageSize = 50;

    private static readonly string[] CsvColumns =
        ["Column.Time", "Column.Kind", "Column.Outcome", "Column.ActorEmail", "Column.ActorName", "Column.Ip", "Column.TargetType", "Column.TargetId", "Column.Summary"];

    [BindProperty(SupportsGet = true, Name = "kind")]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "actor")]
    public string? Actor { get; set; }

    [BindProperty(SupportsGet = true, Name = "from")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public DateOnly? To { get; set; }

    public Page<AuditEntry> Rows { get; private set; } = Paging.Empty<AuditEntry>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        var matching = Filtered();
        Rows = await Newest(matching).ToPageAsync(PageNo, PageSize, ct);
        PageNo = Rows.Number;
    }

    /// <summary>The entries the filter shows, every page, as CSV.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var rows = await Newest(Filtered()).ToListAsync(ct);
        return CsvExport.File(
            "audit-log.csv",
            [.. CsvColumns.Select(k => text[k].Value)],
            rows.Select(row => new[]
            {
                Time(row.AtUtc), KindLabel(row.Kind), text[$"Outcome.{row.Outcome}"].Value, row.ActorEmail, row.ActorName, row.IpAddress,
                row.TargetType, row.TargetId, row.Summary,
            }));
    }

    public string KindLabel(string kind) => text[$"Kind.{kind}"] is { ResourceNotFound: false } label ? label.Value : kind;

    public static string Time(DateTime utc) =>
        EventTime.ToLocal(utc, EventTime.DefaultTimeZone).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    public ListRoute RouteValues(int pageNo = 1) => new ListRoute()
        .With("kind", Kind).With("actor", Actor).With("from", From).With("to", To).With("q", Search).WithPage("pageNo", pageNo);

    private static IQueryable<AuditEntry> Newest(IQueryable<AuditEntry> entries) => entries.OrderByDescending(e => e.AtUtc).ThenByDescending(e => e.Id);

    private IQueryable<AuditEntry> Filtered()
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Kind))
        {
            entries = entries.Where(e => e.Kind == Kind);
        }

        entries = entries.WhereContains(Actor, e => e.ActorEmail).WhereContains(Search, e => e.Summary);

        if (From is { } from && EventTime.ToUtc(from.ToDateTime(TimeOnly.MinValue), EventTime.DefaultTimeZone) is { } fromUtc)
        {
            entries = entries.Where(e => e.AtUtc >= fromUtc);
        }

        if (To is { } to && EventTime.ToUtc(to.AddDays(1).ToDateTime(TimeOnly.MinValue), EventTime.DefaultTimeZone) is { } toUtc)
        {
            entries = entries.Where(e => e.AtUtc < toUtc);
        }

        return entries;
    }
}
