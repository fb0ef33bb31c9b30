using Ecomuna.Core.Background;
using Ecomuna.Core.Email.Outbox;
using Ecomuna.Core.Events;

namespace Ecomuna.Web.Pages.Admin.Outbox;

/// <summary>
/// The secretariat's view of outgoing mail: how much waits, is being sent, went and failed (with why); retry a failed
/// message; pause and resume sending; and how the scheduled jobs last ran.
/// </summary>
public sealed class IndexModel(EcomunaDbContext db, TimeProvider clock, IServiceProvider services, IStringLocalizer<OutboxResource> text) : ListPageModel
{
    public const int PageSize = 50;

    private static readonly string[] CsvColumns = ["Csv.Id", "Csv.To", "Csv.Subject", "Csv.Kind", "Csv.Status", "Csv.Attempts", "Csv.Created", "Csv.Sent", "Csv.Error"];

    [BindProperty(SupportsGet = true, Name = "status")]
    public OutboxStatus? Status { get; set; }

    public IReadOnlyDictionary<OutboxStatus, int> Totals { get; private set; } = new Dictionary<OutboxStatus, int>();

    public bool Paused { get; private set; }

    public Page<MessageRow> Rows { get; private set; } = Paging.Empty<MessageRow>();

    public IReadOnlyList<JobRow> Jobs { get; private set; } = [];

    public sealed record MessageRow(
        long Id, string To, string Subject, EmailKind Kind, OutboxStatus Status, int Attempts, DateTime CreatedAtUtc, DateTime? SentAtUtc,
        DateTime NextAttemptAtUtc, string? LastError);

    public sealed record JobRow(string Name, ScheduledJobState? State);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Totals = (await db.OutboxMessages.GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            .ToDictionary(g => g.Key, g => g.Count);
        Paused = await db.OutboxSettings.AnyAsync(s => s.Paused, ct);
        var matching = Filtered();
        Rows = await Project(matching.OrderByDescending(m => m.Id)).ToPageAsync(PageNo, PageSize, ct);
        PageNo = Rows.Number;

        var states = await db.ScheduledJobs.AsNoTracking().ToListAsync(ct);
        Jobs = [.. services.GetServices<IScheduledJob>().Select(j => new JobRow(j.Name, states.SingleOrDefault(s => s.Name == j.Name)))];
    }

    /// <summary>The messages the filter shows, every page, as CSV.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var rows = await Project(Filtered().OrderByDescending(m => m.Id)).ToListAsync(ct);
        return CsvExport.File(
            "outbox.csv",
            [.. CsvColumns.Select(k => text[k].Value)],
            rows.Select(row => new[]
            {
                row.Id.ToString(CultureInfo.InvariantCulture), row.To, row.Subject, text[$"Kind.{row.Kind}"].Value, text[$"Status.{row.Status}"].Value,
                row.Attempts.ToString(CultureInfo.InvariantCulture), Time(row.CreatedAtUtc), row.SentAtUtc is { } sent ? Time(sent) : "", row.LastError,
            }));
    }

    /// <summary>Puts a failed message back in the queue, to be sent at once with a fresh count of attempts.</summary>
    public async Task<IActionResult> OnPostRetryAsync(long id, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = await db.OutboxMessages.Where(m => m.Id == id && m.Status == OutboxStatus.Failed).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, OutboxStatus.Queued).SetProperty(m => m.Attempts, 0).SetProperty(m => m.NextAttemptAtUtc, now), ct);
        TempData[changed == 1 ? "StatusMessage" : "WarningMessage"] = text[changed == 1 ? "Retry.Done" : "Retry.NotFailed", id].Value;
        return RedirectToPage(RouteValues());
    }

    public Task<IActionResult> OnPostPauseAsync(CancellationToken ct) => SetPausedAsync(true, ct);

    public Task<IActionResult> OnPostResumeAsync(CancellationToken ct) => SetPausedAsync(false, ct);

    /// <summary>The current filter and page, or another page of it.</summary>
    public ListRoute RouteValues(int? pageNo = null) =>
        new ListRoute().With("status", Status).With("q", Search).WithPage("pageNo", pageNo ?? PageNo);

    public static string Time(DateTime utc) => EventTime.ToLocal(utc, EventTime.DefaultTimeZone).ToString("g", CultureInfo.CurrentCulture);

    /// <summary>The last run's result in words, from the counts the job recorded.</summary>
    public string Result(ScheduledJobState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return text[$"Job.{state.Name}.Result", [.. state.Counts.Select(c => (object)c)]].Value;
    }

    private async Task<IActionResult> SetPausedAsync(bool paused, CancellationToken ct)
    {
        var settings = await db.OutboxSettings.SingleOrDefaultAsync(ct);
        if (settings is null)
        {
            settings = new OutboxSettings();
            db.OutboxSettings.Add(settings);
        }

        settings.Paused = paused;
        settings.ChangedAtUtc = clock.GetUtcNow().UtcDateTime;
        settings.ChangedBy = User.Identity?.Name;
        await db.SaveChangesAsync(ct);
        TempData["StatusMessage"] = text[paused ? "Paused.Done" : "Resumed.Done"].Value;
        return RedirectToPage(RouteValues());
    }

    private IQueryable<OutboxMessage> Filtered()
    {
        var messages = db.OutboxMessages.AsNoTracking();
        if (Status is { } status)
        {
            messages = messages.Where(m => m.Status == status);
        }

        return messages.WhereContains(Search, m => m.To, m => m.Subject);
    }

    private static IQueryable<MessageRow> Project(IQueryable<OutboxMessage> messages) =>
        messages.Select(m => new MessageRow(m.Id, m.To, m.Subject, m.Kind, m.Status, m.Attempts, m.CreatedAtUtc, m.SentAtUtc, m.NextAttemptAtUtc, m.LastError));
}
