namespace Ecomuna.Web.Pages.Network;

/// <summary>A network member keeps their own profile.</summary>
public sealed class ProfileModel(EcomunaDbContext db, UserManager<AppUser> users, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public ProfileInput Input { get; set; } = new();

    public Core.Members.MembershipStatus Status { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var userId = users.GetUserId(User);
        var profile = await db.NetworkProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.UserId == userId);
        if (profile is null)
        {
            return NotFound();
        }

        Input = ProfileInput.From<ProfileInput>(profile);
        Status = profile.Status;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var userId = users.GetUserId(User);
        var profile = await db.NetworkProfiles.SingleOrDefaultAsync(p => p.UserId == userId);
        if (profile is null)
        {
            return NotFound();
        }

        Status = profile.Status;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        Input.CopyTo(profile);
        await db.SaveChangesAsync();
        TempData["StatusMessage"] = text["Network.ProfileSaved"].Value;
        return RedirectToPage();
    }
}
