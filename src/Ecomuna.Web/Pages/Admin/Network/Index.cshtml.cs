namespace Ecomuna.Web.Pages.Admin.Network;

/// <summary>The network's members: approve or decline sign-ups, see who is active.</summary>
public sealed class IndexModel(EcomunaDbContext db, SwedishTime swedishTime, IStringLocalizer<SharedResource> text) : PageModel
{
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public sealed record Row(int Id, string Name, NetworkCategory Category, bool IsOrganisation, string CountryCode,
        string Email, bool EmailConfirmed, MembershipStatus Status, bool ShowInDirectory);

    public async Task OnGetAsync() =>
        Rows = await db.NetworkProfiles
            .Where(p => p.Status == MembershipStatus.Applicant || p.Status == MembershipStatus.Active)
            .OrderBy(p => p.Status).ThenBy(p => p.Name)
            .Join(db.Users, p => p.UserId, u => u.Id, (p, u) => new Row(p.Id, p.Name, p.Category, p.IsOrganisation, p.CountryCode,
                u.Email!, u.EmailConfirmed, p.Status, p.ShowInDirectory))
            .ToListAsync();

    public async Task<IActionResult> OnPostApproveAsync(int id)
    {
        var profile = await db.NetworkProfiles.FindAsync(id);
        if (profile is null || !profile.Approve(swedishTime.Today))
        {
            return NotFound();
        }

        await db.SaveChangesAsync();
        TempData["StatusMessage"] = text["Network.Approved", profile.Name].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDeclineAsync(int id)
    {
        var profile = await db.NetworkProfiles.FindAsync(id);
        if (profile is null || !profile.Decline())
        {
            return NotFound();
        }

        await db.SaveChangesAsync();
        TempData["StatusMessage"] = text["Network.Declined", profile.Name].Value;
        return RedirectToPage();
    }
}
