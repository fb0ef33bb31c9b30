using Ecomuna.Core.Newsletters;

namespace Ecomuna.Web.Pages.Newsletters;

/// <summary>The public archive: every newsletter that has been sent, newest first, in the visitor's language when written.</summary>
[AllowAnonymous]
public sealed class IndexModel(EcomunaDbContext db) : PageModel
{
    public sealed record Row(int Id, string Subject, string Language, DateTime SentAtUtc);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var sent = await db.Newsletters.AsNoTracking().Where(n => n.Status == NewsletterStatus.Sent)
            .OrderByDescending(n => n.SentAtUtc).ThenByDescending(n => n.Id)
            .Select(n => new { Id = n.Id, Texts = new Newsletter { SubjectSv = n.SubjectSv, SubjectEn = n.SubjectEn }, SentAtUtc = n.SentAtUtc!.Value })
            .ToListAsync(ct);
        var language = SupportedCultures.CurrentLanguage;
        Rows = [.. sent.Select(n => new Row(n.Id, n.Texts.Subject(language), n.Texts.LanguageFor(language), n.SentAtUtc))];
    }
}
