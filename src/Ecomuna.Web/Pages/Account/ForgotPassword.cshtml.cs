using Ecomuna.Core.Audit;
using Ecomuna.Core.Email;
using Ecomuna.Core.Email.Outbox;

namespace Ecomuna.Web.Pages.Account;

[AllowAnonymous]
public sealed class ForgotPasswordModel(UserManager<AppUser> users, EmailTemplates templates, EcomunaDbContext db, EmailOutbox outbox, AuditLog audit) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Validation.Required")]
        [EmailAddress(ErrorMessage = "Validation.Email")]
        [Display(Name = "Field.Email")]
        public string Email { get; set; } = "";
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        // The answer is the same whether or not the account exists, so the form cannot be used to find accounts.
        var user = await users.FindByEmailAsync(Input.Email);
        if (user is not null && await users.IsEmailConfirmedAsync(user))
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var code = LinkCode.Encode(token);
            var link = Url.Page("/Account/ResetPassword", pageHandler: null, values: new { code, email = user.Email }, protocol: Request.Scheme)!;
            outbox.Enqueue(templates.PasswordReset(user.Email!, user.DisplayName, link));
            await audit.RecordAsync(AuditKind.PasswordResetRequested, "Password reset link mailed", AuditTarget.User(user), actor: user, ct: ct);
            await db.SaveChangesAsync(ct);
        }

        return RedirectToPage("./ForgotPasswordConfirmation");
    }
}
