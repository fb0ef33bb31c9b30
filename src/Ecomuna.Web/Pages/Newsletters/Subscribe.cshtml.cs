using Ecomuna.Core.Email.Outbox;
using Ecomuna.Core.Newsletters;

namespace Ecomuna.Web.Pages.Newsletters;

/// <summary>
/// The public subscription form with double opt-in: the consent shown is stored word for word with its language and
/// time, and the subscription counts once the link mailed to the address is confirmed.
/// </summary>
[AllowAnonymous]
public sealed class SubscribeModel(
    EcomunaDbContext db, EmailOutbox outbox, NewsletterMail mail, NewsletterLinks links, TimeProvider clock, IStringLocalizer<NewslettersResource> text) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool Done { get; private set; }

    /// <summary>The consent in the interface language: what the visitor reads next to the box they tick.</summary>
    public string ConsentText => text["Subscribe.Consent"];

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Subscribe.EmailRequired")]
        [EmailAddress(ErrorMessage = "Subscribe.EmailInvalid")]
        [StringLength(256)]
        public string? Email { get; set; }

        [StringLength(200)]
        public string? Name { get; set; }

        public string Language { get; set; } = "sv";

        public bool Consent { get; set; }
    }

    public void OnGet() => Input.Language = SupportedCultures.CurrentLanguage;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!Input.Consent)
        {
            ModelState.AddModelError("Input.Consent", text["Subscribe.ConsentRequired"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var address = NewsletterAddress.Normalize(Input.Email!);
        var language = Input.Language == "en" ? "en" : "sv";
        var now = clock.GetUtcNow().UtcDateTime;
        var subscriber = await db.NewsletterSubscribers.SingleOrDefaultAsync(s => s.Email == address, ct);
        if (subscriber is { IsActive: true })
        {
            // Already subscribed: say the same as to anyone, so the form does not tell who subscribes.
            Done = true;
            return Page();
        }

        if (subscriber is null)
        {
            subscriber = new NewsletterSubscriber { Email = address };
            db.NewsletterSubscribers.Add(subscriber);
        }

        subscriber.Name = string.IsNullOrWhiteSpace(Input.Name) ? null : Input.Name.Trim();
        subscriber.Language = language;
        subscriber.ConsentText = ConsentText;
        subscriber.ConsentLanguage = SupportedCultures.CurrentLanguage;
        subscriber.ConsentGivenAtUtc = now;
        subscriber.ConfirmedAtUtc = null;
        outbox.Enqueue(mail.Confirmation(address, subscriber.ConsentLanguage, links.Confirm(links.ConfirmToken(address))));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same address was sent at the same moment: that request mailed the link.
        }

        Done = true;
        return Page();
    }
}
