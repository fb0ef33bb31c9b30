using System.Globalization;
using System.Text;
using Ecomuna.Core.Audit;
using Ecomuna.Core.Data;
using Ecomuna.Core.Events;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Ecomuna.Web.Pages.Admin.Audit;

/// <summary>
/// The audit log of security events and admin actions, newest first: filter by kind, actor, dates (Swedish time) and
/// words in the summary, page through, export what the filter shows (the export is itself recorded).
/// </summary>
public sealed class IndexModel(EcomunaDbContext db, IStringLocalizer<AuditResource> text) : PageModel
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

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "pageNo")]
    public int PageNo { get; set; } = 1;

    public int Count { get; private set; }

    public int PageCount => Math.Max(1, (Count + PageSize - 1) / PageSize);

    public IReadOnlyList<AuditEntry> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var matching = Filtered();
        Count = await matching.CountAsync(ct);
        PageNo = Math.Clamp(PageNo, 1, PageCount);
        Rows = await Newest(matching).Skip((PageNo - 1) * PageSize).Take(PageSize).ToListAsync(ct);
    }

    /// <summary>The entries the filter shows, every page, as CSV.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var rows = await Newest(Filtered()).ToListAsync(ct);
        var csv = new StringBuilder();
        csv.AppendJoin(',', CsvColumns.Select(k => Csv.Field(text[k].Value))).Append("\r\n");
        foreach (var row in rows)
        {
            csv.AppendJoin(',', new[]
            {
                Time(row.AtUtc), KindLabel(row.Kind), text[$"Outcome.{row.Outcome}"].Value, row.ActorEmail, row.ActorName, row.IpAddress,
                row.TargetType, row.TargetId, row.Summary,
            }.Select(Csv.Field)).Append("\r\n");
        }

        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray(), "text/csv; charset=utf-8", "audit-log.csv");
    }

    /// <summary>The first and last page and those around the current one: the log can have thousands of pages.</summary>
    public IEnumerable<int> PageLinks() =>
        new[] { 1, PageCount }.Concat(Enumerable.Range(PageNo - 2, 5)).Where(n => n >= 1 && n <= PageCount).Distinct().Order();

    public string KindLabel(string kind) => text[$"Kind.{kind}"] is { ResourceNotFound: false } label ? label.Value : kind;

    public static string Time(DateTime utc) =>
        EventTime.ToLocal(utc, EventTime.DefaultTimeZone).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    public Dictionary<string, string> RouteValues(int? pageNo = null)
    {
        var values = new Dictionary<string, string>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                values[key] = value.Trim();
            }
        }

        Add("kind", Kind);
        Add("actor", Actor);
        Add("from", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("to", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("q", Search);
        Add("pageNo", (pageNo ?? PageNo) > 1 ? (pageNo ?? PageNo).ToString(CultureInfo.InvariantCulture) : null);
        return values;
    }

    private static IQueryable<AuditEntry> Newest(IQueryable<AuditEntry> entries) => entries.OrderByDescending(e => e.AtUtc).ThenByDescending(e => e.Id);

    private IQueryable<AuditEntry> Filtered()
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Kind))
        {
            entries = entries.Where(e => e.Kind == Kind);
        }

        // SQLite's lower() folds only A-Z, so words are also looked for with a capital first letter (Å, Ä, Ö). The
        // CultureInfo overloads of ToLower cannot be translated to SQL.
#pragma warning disable CA1304, CA1311, CA1862
        if (!string.IsNullOrWhiteSpace(Actor))
        {
            var actor = Actor.Trim().ToLowerInvariant();
            entries = entries.Where(e => e.ActorEmail != null && e.ActorEmail.ToLower().Contains(actor));
        }

        if (!string.IsNullOrWhiteSpace(Search))
        {
            var term = Search.Trim().ToLowerInvariant();
            var capitalised = string.Concat(term[..1].ToUpperInvariant(), term[1..]);
            entries = entries.Where(e => e.Summary.ToLower().Contains(term) || e.Summary.Contains(capitalised));
        }
#pragma warning restore CA1304, CA1311, CA1862

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
