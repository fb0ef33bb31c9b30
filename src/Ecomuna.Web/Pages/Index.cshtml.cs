using Ecomuna.Core.Data;
using Ecomuna.Core.Members;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ecomuna.Web.Pages;

[AllowAnonymous]
public sealed class IndexModel(EcomunaDbContext db, TimeProvider clock) : PageModel
{
    public int ActiveMembers { get; private set; }
    public long Population { get; private set; }
    public DateOnly Today { get; private set; }

    public async Task OnGetAsync()
    {
        Today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        ActiveMembers = await db.Members.CountAsync(m => m.Status == MembershipStatus.Active);

        // The latest figure of each active member.
        var latest = await db.PopulationFigures
            .Where(p => db.Members.Any(m => m.Id == p.MemberId && m.Status == MembershipStatus.Active))
            .GroupBy(p => p.MemberId)
            .Select(g => g.OrderByDescending(p => p.Year).Select(p => p.Population).First())
            .ToListAsync();
        Population = latest.Sum(p => (long)p);
    }
}
