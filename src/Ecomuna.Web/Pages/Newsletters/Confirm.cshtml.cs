using Ecomuna.Core.Newsletters;

namespace Ecomuna.Web.Pages.Newsletters;

/// <summary>
/// The link in the confirmation mail. Opening it shows a button; only pressing it confirms, because mail scanners
/// open links on their own.
/// </summary>
[AllowAnonymous]
public sealed class ConfirmModel(EcomunaDbContext db, NewsletterLinks links, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "t")]
    public string? Token { get; set; }

    public string? Email { get; private set; }
    public bool Confirmed { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Email = await PendingAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Email = links.ConfirmedAddressOf(Token);
        if (Email is null)
        {
            return Page();
        }

        var subscriber = await db.NewsletterSubscribers.SingleOrDefaultAsync(s => s.Email == Email, ct);
        if (subscriber is null)
        {
            Email = null;
            return Page();
        }

        subscriber.ConfirmedAtUtc ??= clock.GetUtcNow().UtcDateTime;
        subscriber.UnsubscribedAtUtc = null;
        await db.SaveChangesAsync(ct);
        await NewsletterSubscriptions.ResubscribeAsync(db, Email, ct);
        Confirmed = true;
        return Page();
    }

    private async Task<string?> PendingAsync(CancellationToken ct)
    {
        var email = links.ConfirmedAddressOf(Token);
        return email is not null && await db.NewsletterSubscribers.AnyAsync(s => s.Email == email, ct) ? email : null;
    }
}
