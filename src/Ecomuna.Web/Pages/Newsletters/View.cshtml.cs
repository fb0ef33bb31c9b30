using Ecomuna.Core.Newsletters;

namespace Ecomuna.Web.Pages.Newsletters;

/// <summary>The web version of a sent newsletter. Drafts and scheduled ones do not exist for the public.</summary>
[AllowAnonymous]
public sealed class ViewModel(EcomunaDbContext db) : PageModel
{
    public string Subject { get; private set; } = "";
    public string Body { get; private set; } = "";
    public string Language { get; private set; } = "sv";
    public DateTime SentAtUtc { get; private set; }

    public bool InOtherLanguage => Language != SupportedCultures.CurrentLanguage;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var newsletter = await db.Newsletters.AsNoTracking().SingleOrDefaultAsync(n => n.Id == id && n.Status == NewsletterStatus.Sent, ct);
        if (newsletter is null)
        {
            return NotFound();
        }

        Language = newsletter.LanguageFor(SupportedCultures.CurrentLanguage);
        Subject = newsletter.Subject(Language);
        Body = newsletter.Body(Language);
        SentAtUtc = newsletter.SentAtUtc!.Value;
        return Page();
    }
}
