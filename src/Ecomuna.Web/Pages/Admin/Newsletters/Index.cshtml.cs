using Ecomuna.Core.Newsletters;

namespace Ecomuna.Web.Pages.Admin.Newsletters;

/// <summary>Every newsletter: drafts, scheduled and sent, newest first.</summary>
public sealed class IndexModel(EcomunaDbContext db) : PageModel
{
    public sealed record Row(int Id, string Subject, NewsletterStatus Status, DateTime? ScheduledAtUtc, DateTime? SentAtUtc, int RecipientCount);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int Subscribers { get; private set; }
    public int OptOuts { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Rows = await db.Newsletters.AsNoTracking()
            .OrderBy(n => n.Status).ThenByDescending(n => n.SentAtUtc ?? n.ScheduledAtUtc ?? n.UpdatedAtUtc).ThenByDescending(n => n.Id)
            .Select(n => new Row(n.Id, n.SubjectSv ?? n.SubjectEn ?? "", n.Status, n.ScheduledAtUtc, n.SentAtUtc, n.RecipientCount))
            .ToListAsync(ct);
        Subscribers = await db.NewsletterSubscribers.CountAsync(s => s.ConfirmedAtUtc != null && s.UnsubscribedAtUtc == null, ct);
        OptOuts = await db.NewsletterOptOuts.CountAsync(ct);
    }
}
