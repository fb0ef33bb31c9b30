using Ecomuna.Core.Accounts;
using Ecomuna.Core.Data;
using Ecomuna.Core.Members;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ecomuna.Web.Pages.Organisation;

/// <summary>A contact person's view of the member organisation they act for.</summary>
public sealed class IndexModel(EcomunaDbContext db, UserManager<AppUser> users) : PageModel
{
    public OrganisationView Organisation { get; private set; } = null!;

    public sealed record PopulationView(int Value, int Year);

    public sealed record OrganisationView(string Name, MemberKind Kind, string? County, PartOfCountry? PartOfCountry, PopulationView? Population);

    public async Task<IActionResult> OnGetAsync()
    {
        var userId = users.GetUserId(User);
        var view = await db.Users
            .Where(u => u.Id == userId && u.Member != null)
            .Select(u => new OrganisationView(
                u.Member!.Name,
                u.Member.Kind,
                u.Member.County,
                u.Member.PartOfCountry,
                u.Member.Populations.OrderByDescending(p => p.Year).Select(p => new PopulationView(p.Population, p.Year)).FirstOrDefault()))
            .SingleOrDefaultAsync();
        if (view is null)
        {
            return Forbid();
        }

        Organisation = view;
        return Page();
    }
}
