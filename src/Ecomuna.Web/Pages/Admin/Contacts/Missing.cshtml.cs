namespace Ecomuna.Web.Pages.Admin.Contacts;

/// <summary>Active members that lack a current contact politician or civil servant.</summary>
public sealed class MissingModel(EcomunaDbContext db, SwedishTime swedishTime) : PageModel
{
    public IReadOnlyList<MemberRow> Members { get; private set; } = [];

    public sealed record MemberRow(int Id, string Name, bool LacksPolitician, bool LacksCivilServant);

    public async Task OnGetAsync()
    {
        var today = swedishTime.Today;
        Members = await db.Members
            .Where(m => m.Status == MembershipStatus.Active)
            .Select(m => new
            {
                m.Id,
                m.Name,
                LacksPolitician = !m.Contacts.Any(c => c.Role == ContactRole.Politician && (c.EndedOn == null || c.EndedOn > today)),
                LacksCivilServant = !m.Contacts.Any(c => c.Role == ContactRole.CivilServant && (c.EndedOn == null || c.EndedOn > today)),
            })
            .Where(m => m.LacksPolitician || m.LacksCivilServant)
            .OrderBy(m => m.Name)
            .Select(m => new MemberRow(m.Id, m.Name, m.LacksPolitician, m.LacksCivilServant))
            .ToListAsync();
    }
}
