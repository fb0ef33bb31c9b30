using Ecomuna.Core.Newsletters;

namespace Ecomuna.Web.Pages.Newsletters;

/// <summary>
/// A recipient's newsletter settings, reached by the signed link in each newsletter: receive it or not, and for a
/// public subscriber the language. Contact persons and network members get it in their account's language.
/// </summary>
[AllowAnonymous]
public sealed class PreferencesModel(EcomunaDbContext db, NewsletterLinks links, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "t")]
    public string? Token { get; set; }

    [BindProperty]
    public bool Receive { get; set; }

    [BindProperty]
    public string Language { get; set; } = "sv";

    public string? Email { get; private set; }
    public bool IsSubscriber { get; private set; }
    public bool Saved { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var wanted = (Receive, Language);
        await LoadAsync(ct);
        if (Email is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        if (wanted.Receive)
        {
            await NewsletterSubscriptions.ResubscribeAsync(db, Email, ct);
        }
        else
        {
            await NewsletterSubscriptions.UnsubscribeAsync(db, Email, clock.GetUtcNow().UtcDateTime, ct);
        }

        if (IsSubscriber)
        {
            var language = wanted.Language == "en" ? "en" : "sv";
            await db.NewsletterSubscribers.Where(s => s.Email == Email).ExecuteUpdateAsync(s => s.SetProperty(x => x.Language, language), ct);
        }

        await LoadAsync(ct);
        Saved = true;
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Email = links.AddressOf(Token);
        if (Email is null)
        {
            return;
        }

        var subscriber = await db.NewsletterSubscribers.AsNoTracking().SingleOrDefaultAsync(s => s.Email == Email && s.ConfirmedAtUtc != null, ct);
        IsSubscriber = subscriber is not null;
        Language = subscriber?.Language ?? "sv";
        Receive = !await db.NewsletterOptOuts.AnyAsync(o => o.Email == Email, ct);
    }
}
