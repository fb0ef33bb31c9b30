using Ecomuna.Core.Events;
using Ecomuna.Core.Invoicing;
using Ecomuna.Web.Pages.Organisation;

namespace Ecomuna.Web.Pages.Events;

/// <summary>
/// A signed-in person's registrations for coming events: their own, those they made, and for a contact person those
/// of the member they act for, each with a button to cancel.
/// </summary>
public sealed class MineModel(
    EcomunaDbContext db,
    UserManager<AppUser> users,
    EventRegistrations registrations,
    EventMail mail,
    InvoiceMail invoiceMail,
    TimeProvider clock,
    IStringLocalizer<EventsResource> text) : PageModel
{
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public sealed record Row(
        int Id, int EventId, string EventTitle, DateTime StartsAtUtc, DateTime EndsAtUtc, string TimeZone,
        string Name, RegistrationStatus Status, decimal Price);

    public async Task OnGetAsync()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        Rows = await (await VisibleAsync())
            .Join(db.Events, r => r.EventId, e => e.Id, (r, e) => new { r, e })
            .Where(x => x.e.EndsAtUtc >= now)
            .OrderBy(x => x.e.StartsAtUtc).ThenBy(x => x.e.Id).ThenBy(x => x.r.Id)
            .Select(x => new Row(x.r.Id, x.e.Id, x.e.Title, x.e.StartsAtUtc, x.e.EndsAtUtc, x.e.TimeZone,
                x.r.FirstName + " " + x.r.LastName, x.r.Status, x.r.Price))
            .ToListAsync();
    }

    public async Task<IActionResult> OnPostCancelAsync(int id)
    {
        var registration = await (await VisibleAsync())
            .Where(r => r.Id == id && r.Status != RegistrationStatus.Cancelled)
            .Select(r => new { r.Id, Name = r.FirstName + " " + r.LastName })
            .SingleOrDefaultAsync();
        if (registration is null)
        {
            return NotFound();
        }

        var outcome = await CancelModel.CancelAndMoveUpAsync(db, registrations, mail, invoiceMail, Url, Request, registration.Id);
        TempData["StatusMessage"] = outcome?.CreditNote is { } note
            ? text["Mine.CancelledCredited", registration.Name, note.Number].Value
            : text["Mine.Cancelled", registration.Name].Value;
        return RedirectToPage();
    }

    /// <summary>The registrations this person may see and cancel.</summary>
    private async Task<IQueryable<EventRegistration>> VisibleAsync()
    {
        var userId = users.GetUserId(User);
        var memberId = User.IsInRole(Roles.ContactPerson) ? await db.ActingMemberIdAsync(users, User) : null;
        return db.EventRegistrations.Where(r => r.UserId == userId || r.RegisteredByUserId == userId || (memberId != null && r.MemberId == memberId));
    }
}
