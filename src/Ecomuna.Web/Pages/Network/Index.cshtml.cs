namespace Ecomuna.Web.Pages.Network;

/// <summary>The public directory of network members who chose to be shown, by category.</summary>
[AllowAnonymous]
public sealed class IndexModel(EcomunaDbContext db) : PageModel
{
    public IReadOnlyList<Entry> Entries { get; private set; } = [];

    public sealed record Entry(NetworkCategory Category, string Name, string? Organisation, string CountryCode, string? City, string? Website, string? Description);

    public async Task OnGetAsync() =>
        Entries = await db.NetworkProfiles
            .Where(p => p.Status == MembershipStatus.Active && p.ShowInDirectory)
            .OrderBy(p => p.Category).ThenBy(p => p.Name)
            .Select(p => new Entry(p.Category, p.Name, p.Organisation, p.CountryCode, p.City, p.Website, p.Description))
            .ToListAsync();
}
