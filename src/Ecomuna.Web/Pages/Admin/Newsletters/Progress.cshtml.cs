using Ecomuna.Core.Newsletters;

namespace Ecomuna.Web.Pages.Admin.Newsletters;

/// <summary>How a sent newsletter is going out: its messages in the outbox that wait, went and failed.</summary>
public sealed class ProgressModel(EcomunaDbContext db, NewsletterDispatch dispatch) : PageModel
{
    public Newsletter Newsletter { get; private set; } = null!;
    public NewsletterProgress Progress { get; private set; } = new(0, 0, 0);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var newsletter = await db.Newsletters.AsNoTracking().SingleOrDefaultAsync(n => n.Id == id, ct);
        if (newsletter is null)
        {
            return NotFound();
        }

        if (newsletter.Status != NewsletterStatus.Sent)
        {
            return RedirectToPage("Edit", new { id });
        }

        Newsletter = newsletter;
        Progress = await dispatch.ProgressAsync(id, ct);
        return Page();
    }
}
