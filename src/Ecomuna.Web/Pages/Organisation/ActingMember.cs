using System.Security.Claims;

namespace Ecomuna.Web.Pages.Organisation;

/// <summary>The member a signed-in contact person currently acts for: every page here works within it only.</summary>
public static class ActingMember
{
    public static async Task<int?> ActingMemberIdAsync(this EcomunaDbContext db, UserManager<AppUser> users, ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(users);
        var userId = users.GetUserId(principal);
        return await db.Users.Where(u => u.Id == userId).Select(u => u.MemberId).SingleOrDefaultAsync();
    }

    public static DateOnly Today(this TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return new SwedishTime(clock).Today;
    }
}
