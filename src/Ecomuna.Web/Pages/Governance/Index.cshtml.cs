using Ecomuna.Core.Governance;

namespace Ecomuna.Web.Pages.Governance;

/// <summary>The public page of the board and the civil servants' forum.</summary>
[AllowAnonymous]
public sealed class IndexModel(EcomunaDbContext db, SwedishTime swedishTime) : PageModel
{
    public IReadOnlyList<SeatView> Seats { get; private set; } = [];

    public sealed record SeatView(GoverningBody Body, string Name, string Member, PartOfCountry? Part, Seat Seat, bool IsChair);

    public async Task OnGetAsync()
    {
        var today = swedishTime.Today;
        Seats = await db.Appointments
            .Where(a => a.Body != GoverningBody.WorkingGroup && a.From <= today && (a.To == null || a.To > today))
            .OrderBy(a => a.Body).ThenByDescending(a => a.IsChair).ThenBy(a => a.Seat).ThenBy(a => a.ContactPerson!.LastName)
            .Select(a => new SeatView(a.Body, a.ContactPerson!.FirstName + " " + a.ContactPerson.LastName,
                a.ContactPerson.Member!.Name, a.ContactPerson.Member.PartOfCountry, a.Seat, a.IsChair))
            .ToListAsync();
    }
}
