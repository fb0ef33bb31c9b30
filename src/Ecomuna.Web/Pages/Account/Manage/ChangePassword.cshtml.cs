using Ecomuna.Core.Audit;
using Ecomuna.Web.Infrastructure.Security;

namespace Ecomuna.Web.Pages.Account.Manage;

public sealed class ChangePasswordModel(
    UserManager<AppUser> users, SignInManager<AppUser> signIn, AccountChangeMail notice, AuditLog audit, IStringLocalizer<AccountResource> text, ILogger<ChangePasswordModel> logger) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public int MinimumLength => users.Options.Password.RequiredLength;

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Validation.Required")]
        [DataType(DataType.Password)]
        [Display(Name = "Field.CurrentPassword")]
        public string CurrentPassword { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required")]
        [DataType(DataType.Password)]
        [Display(Name = "Field.NewPassword")]
        public string NewPassword { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required")]
        [DataType(DataType.Password)]
        [Compare(nameof(NewPassword), ErrorMessage = "Validation.Compare")]
        [Display(Name = "Field.ConfirmPassword")]
        public string ConfirmPassword { get; set; } = "";
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var mail = notice.Queue(user, AccountChange.PasswordChanged);
        var entry = await audit.RecordAsync(AuditKind.PasswordChanged, "Changed own password", AuditTarget.User(user), actor: user);
        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            notice.Withdraw(mail);
            audit.Withdraw(entry);
            if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)))
            {
                await audit.SaveAsync(AuditKind.PasswordChanged, "Password not changed: the current password was wrong", AuditTarget.User(user), AuditOutcome.Failed, user);
            }

            foreach (var error in result.Errors)
            {
                var field = error.Code switch
                {
                    nameof(IdentityErrorDescriber.PasswordMismatch) => nameof(Input.CurrentPassword),
                    _ when error.Code.StartsWith("Password", StringComparison.Ordinal) => nameof(Input.NewPassword),
                    _ => null,
                };
                ModelState.AddModelError(field is null ? string.Empty : $"{nameof(Input)}.{field}", error.Description);
            }

            return Page();
        }

        // The password change renews the security stamp; a fresh cookie keeps this browser signed in.
        await signIn.RefreshSignInAsync(user);
        logger.LogInformation("User changed their password");
        TempData["StatusMessage"] = text["ChangePassword.Done"].Value;
        return RedirectToPage();
    }
}
