using Ecomuna.Core.Surveys;

namespace Ecomuna.Web.Pages.Organisation.Surveys;

/// <summary>The surveys the member is asked to answer now, and the answers to those that closed lately.</summary>
public sealed class IndexModel(EcomunaDbContext db, UserManager<AppUser> users, SwedishTime swedishTime) : PageModel
{
    public IReadOnlyList<MemberSurveyRow> Surveys { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await db.ActingMemberIdAsync(users, User) is not { } memberId)
        {
            return Forbid();
        }

        var today = swedishTime.Today;
        var contactId = await db.ContactIdAsync(users.GetUserId(User), memberId, today, ct);
        Surveys = await db.ListAsync(memberId, contactId, today, openOnly: false, ct);
        return Page();
    }
}
