using Ecomuna.Core.Audit;

namespace Ecomuna.Web.Pages.Account;

[AllowAnonymous]
public sealed class LoginModel(
    SignInManager<AppUser> signIn, UserManager<AppUser> users, AuditLog audit, IStringLocalizer<AccountResource> text, ILogger<LoginModel> logger) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Validation.Required")]
        [EmailAddress(ErrorMessage = "Validation.Email")]
        [Display(Name = "Field.Email")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required")]
        [DataType(DataType.Password)]
        [Display(Name = "Field.Password")]
        public string Password { get; set; } = "";

        [Display(Name = "Field.RememberMe")]
        public bool RememberMe { get; set; }
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

        // Found as PasswordSignInAsync(userName, ...) would, so the audit log can tell an unknown account from a wrong password.
        var user = await users.FindByNameAsync(Input.Email);
        if (user is null)
        {
            await audit.SaveAsync(AuditKind.SignInFailed, $"Sign-in with an unknown address: {Input.Email.Trim()}", outcome: AuditOutcome.Failed);
            ModelState.AddModelError(string.Empty, text["Login.Failed"]);
            return Page();
        }

        var wasLockedOut = await users.IsLockedOutAsync(user);
        var result = await signIn.PasswordSignInAsync(user, Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("User signed in");
            await audit.SaveAsync(AuditKind.SignInSucceeded, "Signed in with password", AuditTarget.User(user), actor: user);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("./LoginWith2fa", new { ReturnUrl, Input.RememberMe });
        }

        if (result.IsLockedOut)
        {
            logger.LogWarning("Account locked out after repeated failed sign-ins");
            await (wasLockedOut
                ? audit.SaveAsync(AuditKind.SignInFailed, "Sign-in refused: the account is locked out", AuditTarget.User(user), AuditOutcome.Failed, user)
                : audit.SaveAsync(AuditKind.Lockout, "Wrong password; the account is locked out after repeated failed sign-ins", AuditTarget.User(user), AuditOutcome.Failed, user));
            return RedirectToPage("./Lockout");
        }

        await audit.SaveAsync(
            AuditKind.SignInFailed, result.IsNotAllowed ? "Sign-in refused: the email address is not confirmed" : "Wrong password",
            AuditTarget.User(user), AuditOutcome.Failed, user);
        ModelState.AddModelError(string.Empty, result.IsNotAllowed ? text["Login.NotConfirmed"] : text["Login.Failed"]);
        return Page();
    }
}
