using Ecomuna.Core.Audit;

namespace Ecomuna.Web.Pages.Account;

[AllowAnonymous]
public sealed class LoginWithRecoveryCodeModel(
    SignInManager<AppUser> signIn, UserManager<AppUser> users, AuditLog audit, IStringLocalizer<AccountResource> text, ILogger<LoginWithRecoveryCodeModel> logger)
    : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Field.RecoveryCode")]
        public string RecoveryCode { get; set; } = "";
    }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return StartOver();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user)
        {
            return StartOver();
        }

        var wasLockedOut = await users.IsLockedOutAsync(user);
        var code = Input.RecoveryCode.Replace(" ", "", StringComparison.Ordinal);
        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(code);
        if (result.Succeeded)
        {
            logger.LogInformation("User signed in with a recovery code");
            await audit.SaveAsync(AuditKind.SignInSucceeded, "Signed in with password and a recovery code", AuditTarget.User(user), actor: user);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        if (result.IsLockedOut)
        {
            logger.LogWarning("Account locked out after repeated wrong recovery codes");
            await (wasLockedOut
                ? audit.SaveAsync(AuditKind.SignInFailed, "Sign-in refused: the account is locked out", AuditTarget.User(user), AuditOutcome.Failed, user)
                : audit.SaveAsync(AuditKind.Lockout, "Wrong recovery code; the account is locked out after repeated failures", AuditTarget.User(user), AuditOutcome.Failed, user));
            return RedirectToPage("./Lockout");
        }

        await audit.SaveAsync(AuditKind.SignInFailed, "Wrong recovery code", AuditTarget.User(user), AuditOutcome.Failed, user);
        ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.RecoveryCode)}", text["LoginWithRecoveryCode.WrongCode"]);
        return Page();
    }

    private RedirectToPageResult StartOver()
    {
        TempData["WarningMessage"] = text["LoginWith2fa.StartOver"].Value;
        return RedirectToPage("./Login", new { ReturnUrl });
    }
}
