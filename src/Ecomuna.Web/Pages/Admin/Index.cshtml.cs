namespace Ecomuna.Web.Pages.Admin;

/// <summary>The secretariat's start page.</summary>
public sealed class IndexModel(EcomunaDbContext db, TimeProvider clock, SwedishTime swedishTime) : PageModel
{
    public int ActiveMembers { get; private set; }
    public int Users { get; private set; }

    /// <summary>Active members whose details nobody has confirmed in the last 12 months.</summary>
    public int NotConfirmedForAYear { get; private set; }
    public int KeyIndicators { get; private set; }

    /// <summary>Members' change requests waiting for the secretariat's decision.</summary>
    public int PendingChangeRequests { get; private set; }

    public async Task OnGetAsync()
    {
        var year = swedishTime.Year;
        ActiveMembers = await db.Members.CountAsync(m => m.Status == MembershipStatus.Active);
        Users = await db.Users.CountAsync();
        var now = clock.GetUtcNow();
        var confirmed = await db.Members
            .Where(m => m.Status == MembershipStatus.Active)
            .Select(m => m.DetailsConfirmedAt)
            .ToListAsync();
        NotConfirmedForAYear = confirmed.Count(at => DetailsConfirmation.IsOverdue(at, now));
        PendingChangeRequests = await db.ChangeRequests.CountAsync(r => r.Status == ChangeRequestStatus.Pending);
        KeyIndicators = await db.KeyIndicators.CountAsync(k => k.ValidFromYear <= year && (k.ValidToYear == null || k.ValidToYear >= year));
    }
}
