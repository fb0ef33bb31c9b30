using Ecomuna.Core.Email;
using Ecomuna.Core.Email.Outbox;

namespace Ecomuna.Web.Pages.Admin.Applications;

/// <summary>Membership applications: approve (the member becomes active and its contacts are invited) or decline with a reason.</summary>
public sealed class IndexModel(
    EcomunaDbContext db,
    ContactInvitations invitations,
    InvitationMail invitationMail,
    EmailTemplates templates,
    EmailOutbox outbox,
    SwedishTime swedishTime,
    IStringLocalizer<SharedResource> text) : PageModel
{
    public IReadOnlyList<ApplicationView> Applications { get; private set; } = [];

    [BindProperty]
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(1000, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.DeclineReason")]
    public string? Reason { get; set; }

    public int? DecliningId { get; private set; }

    public sealed record ContactView(string Name, ContactRole Role, string Email);

    public sealed record ApplicationView(
        int Id, string Name, MemberKind Kind, string? County, string? OrganisationNumber, DateOnly? CouncilDecisionDate,
        IReadOnlyList<ContactView> Contacts);

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostApproveAsync(int id)
    {
        var today = Today;
        var member = await db.Members.Include(m => m.Contacts).SingleOrDefaultAsync(m => m.Id == id);
        if (member is null || !member.Approve(today))
        {
            return NotFound();
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.SaveChangesAsync();
        foreach (var contact in member.CurrentContacts(today).ToList())
        {
            if (await invitations.InviteAsync(contact.Id, today) is { Outcome: InvitationOutcome.Invited } invitation)
            {
                invitationMail.Enqueue(invitation, Url, Request.Scheme);
            }
        }

        await db.SaveChangesAsync();
        await transaction.CommitAsync();

        TempData["StatusMessage"] = text["Applications.Approved", member.Name].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDeclineAsync(int id)
    {
        var member = await db.Members.Include(m => m.Contacts).SingleOrDefaultAsync(m => m.Id == id);
        if (member is null || member.Status != MembershipStatus.Applicant)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            DecliningId = id;
            await LoadAsync();
            return Page();
        }

        member.Decline(Reason!.Trim());
        foreach (var contact in member.Contacts)
        {
            outbox.Enqueue(templates.ApplicationDeclined(contact.Email, contact.FullName, member.Name, member.DeclineReason!));
        }

        await db.SaveChangesAsync();

        TempData["StatusMessage"] = text["Applications.Declined", member.Name].Value;
        return RedirectToPage();
    }

    private DateOnly Today => swedishTime.Today;

    private async Task LoadAsync() =>
        Applications = await db.Members
            .Where(m => m.Status == MembershipStatus.Applicant)
            .OrderBy(m => m.Id)
            .Select(m => new ApplicationView(m.Id, m.Name, m.Kind, m.County, m.OrganisationNumber, m.CouncilDecisionDate,
                m.Contacts.OrderBy(c => c.Role).Select(c => new ContactView(c.FirstName + " " + c.LastName, c.Role, c.Email)).ToList()))
            .ToListAsync();
}
