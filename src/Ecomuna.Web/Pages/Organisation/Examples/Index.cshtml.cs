using Ecomuna.Core.Examples;

namespace Ecomuna.Web.Pages.Organisation.Examples;

/// <summary>The good examples of the member a contact person acts for, in every status, with what the secretariat said last.</summary>
public sealed class IndexModel(EcomunaDbContext db, UserManager<AppUser> users) : PageModel
{
    public string MemberName { get; private set; } = "";

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public sealed record Row(int Id, string Title, int Year, ExampleStatus Status, DateTime UpdatedAtUtc, string? LastComment, int Images)
    {
        public bool IsEditable => Status is ExampleStatus.Draft or ExampleStatus.Returned or ExampleStatus.Unpublished;
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var memberId = await db.ActingMemberIdAsync(users, User);
        var name = await db.Members.Where(m => m.Id == memberId).Select(m => m.Name).SingleOrDefaultAsync(ct);
        if (memberId is null || name is null)
        {
            return Forbid();
        }

        MemberName = name;
        Rows = await db.GoodExamples.AsNoTracking()
            .Where(e => e.MemberId == memberId)
            .OrderByDescending(e => e.UpdatedAtUtc).ThenByDescending(e => e.Id)
            .Select(e => new Row(e.Id, e.Title, e.Year, e.Status, e.UpdatedAtUtc,
                e.History.Where(h => h.Comment != null && h.To != ExampleStatus.Submitted).OrderByDescending(h => h.Id).Select(h => h.Comment).FirstOrDefault(),
                e.Images.Count))
            .ToListAsync(ct);
        return Page();
    }
}
