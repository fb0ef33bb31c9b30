using Ecomuna.Core.Newsletters;

namespace Ecomuna.Web.Pages.Newsletters;

/// <summary>
/// The unsubscribe link of every newsletter mail. A GET only shows a button (mail scanners follow links); a POST
/// unsubscribes. The POST is also the one-click unsubscribe of RFC 8058, sent by mail programs without cookies or an
/// antiforgery token: the signed address in the link is what proves it is that address's link.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class UnsubscribeModel(EcomunaDbContext db, NewsletterLinks links, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "t")]
    public string? Token { get; set; }

    public string? Email { get; private set; }
    public bool Unsubscribed { get; private set; }

    public void OnGet() => Email = links.AddressOf(Token);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Email = links.AddressOf(Token);
        if (Email is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await NewsletterSubscriptions.UnsubscribeAsync(db, Email, clock.GetUtcNow().UtcDateTime, ct);
        Unsubscribed = true;
        return Page();
    }
}
