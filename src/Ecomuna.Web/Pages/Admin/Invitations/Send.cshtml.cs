namespace Ecomuna.Web.Pages.Admin.Invitations;

/// <summary>Invites a contact person to the portal with an emailed link that expires.</summary>
public sealed class SendModel(
    EcomunaDbContext db,
    ContactInvitations invitations,
    InvitationMail mail,
    SwedishTime swedishTime,
    IStringLocalizer<SharedResource> text) : PageModel
{
    public ContactView Contact { get; private set; } = null!;

    public sealed record ContactView(int Id, string Name, string Email, string Member, bool HasAccount);

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var contact = await LoadAsync(id);
        if (contact is null)
        {
            return NotFound();
        }

        Contact = contact;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        var invitation = await invitations.InviteAsync(id, swedishTime.Today);
        if (invitation is null)
        {
            return NotFound();
        }

        if (invitation.Outcome == InvitationOutcome.Invited)
        {
            mail.Enqueue(invitation, Url, Request.Scheme);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            TempData["StatusMessage"] = text["Invitation.Sent", invitation.User.Email!].Value;
        }
        else
        {
            await transaction.CommitAsync();
            TempData["StatusMessage"] = text["Invitation.Linked", invitation.User.Email!, invitation.MemberName].Value;
        }

        return RedirectToPage(new { id });
    }

    private async Task<ContactView?> LoadAsync(int id) =>
        await db.ContactPersons
            .Where(c => c.Id == id)
            .Select(c => new ContactView(c.Id, c.FirstName + " " + c.LastName, c.Email, c.Member!.Name,
                c.UserId != null && db.Users.Any(u => u.Id == c.UserId && u.PasswordHash != null)))
            .SingleOrDefaultAsync();
}
