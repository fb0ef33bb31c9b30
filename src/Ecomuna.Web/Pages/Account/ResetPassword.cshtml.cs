using Ecomuna.Core.Audit;
using Ecomuna.Web.Infrastructure.Security;

namespace Ecomuna.Web.Pages.Account;

[AllowAnonymous]
public sealed class ResetPasswordModel(UserManager<AppUser> users, AccountChangeMail notice, AuditLog audit, IStringLocalizer<AccountResource> text) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool LinkIsInvalid { get; private set; }

    public int MinimumLength => users.Options.Password.RequiredLength;

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Validation.Required")]
        [EmailAddress(ErrorMessage = "Validation.Email")]
        [Display(Name = "Field.Email")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required")]
        [DataType(DataType.Password)]
        [Display(Name = "Field.NewPassword")]
        public string Password { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required")]
        [DataType(DataType.Password)]
        [Compare(nameof(Password), ErrorMessage = "Validation.Compare")]
        [Display(Name = "Field.ConfirmPassword")]
        public string ConfirmPassword { get; set; } = "";

        public string Code { get; set; } = "";
    }

    public void OnGet(string? code, string? email)
    {
        Input = new InputModel { Code = code ?? "", Email = email ?? "" };
        if (string.IsNullOrEmpty(code))
        {
            LinkIsInvalid = true;
            ModelState.AddModelError(string.Empty, text["ResetPassword.InvalidLink"]);
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Input.Email);
        if (user is null)
        {
            // Same answer as a success, so the form cannot be used to find accounts.
            return RedirectToPage("./ResetPasswordConfirmation");
        }

        var mail = notice.Queue(user, AccountChange.PasswordChanged);
        var entry = await audit.RecordAsync(AuditKind.PasswordReset, "Password reset through the emailed link", AuditTarget.User(user), actor: user);
        var result = LinkCode.Decode(Input.Code) is { } token
            ? await users.ResetPasswordAsync(user, token, Input.Password)
            : IdentityResult.Failed(users.ErrorDescriber.InvalidToken());
        if (result.Succeeded)
        {
            // Whoever follows the mailed link controls the mailbox, which is proof enough to end a lockout.
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
            return RedirectToPage("./ResetPasswordConfirmation");
        }

        foreach (var error in result.Errors)
        {
            var field = error.Code.StartsWith("Password", StringComparison.Ordinal) ? $"{nameof(Input)}.{nameof(Input.Password)}" : string.Empty;
            ModelState.AddModelError(field, error.Description);
        }

        notice.Withdraw(mail);
        audit.Withdraw(entry);

        LinkIsInvalid = result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken));

        return Page();
    }

}
