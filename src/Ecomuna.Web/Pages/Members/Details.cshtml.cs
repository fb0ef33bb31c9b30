using Microsoft.AspNetCore.OutputCaching;

namespace Ecomuna.Web.Pages.Members;

/// <summary>A member's public page. Only contact persons who agreed to be shown appear.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.Policy, Tags = [PublicPageCache.Members])]
public sealed class DetailsModel(EcomunaDbContext db, SwedishTime swedishTime) : PageModel
{
    public MemberView Member { get; private set; } = null!;

    public sealed record ContactView(string FirstName, string LastName, ContactRole Role, string? Title, string? Party, string Email);

    public sealed record MemberView(
        string Name, MemberKind Kind, string? County, PartOfCountry? Part, DateOnly? MemberSince, string? Website,
        int? Population, int? PopulationYear, IReadOnlyList<ContactView> Contacts);

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var today = swedishTime.Today;
        var member = await db.Members
            .Where(m => m.Id == id && m.Status == MembershipStatus.Active)
            .Select(m => new MemberView(
                m.Name, m.Kind, m.County, m.PartOfCountry, m.MemberSince, m.Website,
                m.Populations.OrderByDescending(p => p.Year).Select(p => (int?)p.Population).FirstOrDefault(),
                m.Populations.OrderByDescending(p => p.Year).Select(p => (int?)p.Year).FirstOrDefault(),
                m.Contacts
                    .Where(c => c.ShowPublicly && (c.EndedOn == null || c.EndedOn > today))
                    .OrderBy(c => c.Role).ThenBy(c => c.LastName)
                    .Select(c => new ContactView(c.FirstName, c.LastName, c.Role, c.Title, c.Party, c.Email))
                    .ToList()))
            .SingleOrDefaultAsync();
        if (member is null)
        {
            return NotFound();
        }

        Member = member;
        return Page();
    }
}
