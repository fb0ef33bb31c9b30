using Ecomuna.Core.Newsletters;
using Ecomuna.Core.Privacy;

namespace Ecomuna.Web.Pages.Account.Manage;

/// <summary>The signed-in person's own data: download all of it as JSON, and ask the secretariat to erase it.</summary>
public sealed class PrivacyModel(EcomunaDbContext db, UserManager<AppUser> users, TimeProvider clock, IStringLocalizer<PrivacyResource> text) : PageModel
{
    /// <summary>When the person's open erasure request was made, if they have one.</summary>
    public DateTime? RequestedAtUtc { get; private set; }

    [BindProperty]
    public bool Understood { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        await LoadAsync(user, ct);
        return Page();
    }

    /// <summary>Everything the portal holds about the signed-in person, as a JSON file.</summary>
    public async Task<IActionResult> OnGetDownloadAsync(CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var who = await DataSubject.FindAsync(db, user.Email ?? "", user.Id, ct);
        var data = await PersonalDataExport.BuildAsync(db, who, now, ct);
        Response.Headers.CacheControl = "no-store";
        return File(PersonalDataJson.Serialize(data), PersonalDataJson.ContentType, PersonalDataJson.FileName(now));
    }

    public async Task<IActionResult> OnPostRequestErasureAsync(CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!Understood)
        {
            ModelState.AddModelError(nameof(Understood), text["Mine.UnderstoodRequired"]);
            await LoadAsync(user, ct);
            return Page();
        }

        if (!await db.ErasureRequests.AnyAsync(r => r.UserId == user.Id && r.Status == ErasureStatus.Open, ct))
        {
            db.ErasureRequests.Add(new ErasureRequest
            {
                Email = NewsletterAddress.Normalize(user.Email ?? ""), UserId = user.Id, RequestedAtUtc = clock.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync(ct);
        }

        TempData["StatusMessage"] = text["Mine.Requested"].Value;
        return RedirectToPage();
    }

    private async Task LoadAsync(AppUser user, CancellationToken ct) =>
        RequestedAtUtc = await db.ErasureRequests.Where(r => r.UserId == user.Id && r.Status == ErasureStatus.Open)
            .Select(r => (DateTime?)r.RequestedAtUtc).FirstOrDefaultAsync(ct);
}
