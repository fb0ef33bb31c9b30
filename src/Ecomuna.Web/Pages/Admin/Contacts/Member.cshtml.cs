namespace Ecomuna.Web.Pages.Admin.Contacts;

/// <summary>A member's contact persons, current and ended, for the secretariat.</summary>
public sealed class MemberModel(EcomunaDbContext db, SwedishTime swedishTime) : PageModel
{
    public int MemberId { get; private set; }

    public string MemberName { get; private set; } = "";

    public IReadOnlyList<ContactRow> Current { get; private set; } = [];

    public IReadOnlyList<ContactRow> Ended { get; private set; } = [];

    public sealed record ContactRow(int Id, string FirstName, string LastName, ContactRole Role, string? Title, string Email, string? Phone, bool IsDelegate, DateOnly? StartedOn, DateOnly? EndedOn)
    {
        public string FullName => $"{FirstName} {LastName}";
    }

    public async Task<IActionResult> OnGetAsync(int memberId)
    {
        var name = await db.Members.Where(m => m.Id == memberId).Select(m => m.Name).SingleOrDefaultAsync();
        if (name is null)
        {
            return NotFound();
        }

        (MemberId, MemberName) = (memberId, name);
        var today = swedishTime.Today;
        var contacts = await db.ContactPersons
            .Where(c => c.MemberId == memberId)
            .OrderBy(c => c.Role).ThenBy(c => c.LastName).ThenBy(c => c.FirstName)
            .Select(c => new ContactRow(c.Id, c.FirstName, c.LastName, c.Role, c.Title, c.Email, c.Phone, c.IsDelegate, c.StartedOn, c.EndedOn))
            .ToListAsync();
        Current = contacts.Where(c => c.EndedOn is null || c.EndedOn > today).ToList();
        Ended = contacts.Except(Current).OrderByDescending(c => c.EndedOn).ToList();
        return Page();
    }
}
