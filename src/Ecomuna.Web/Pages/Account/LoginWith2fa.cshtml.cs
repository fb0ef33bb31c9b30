using Ecomuna.Core.Audit;

namespace Ecomuna.Web.Pages.Account;

[AllowAnonymous]
public sealed class LoginWith2faModel(
    SignInManager<AppUser> signIn, UserManager<AppUser> users, AuditLog audit, IStringLocalizer<AccountResource> text, ILogger<LoginWith2faModel> logger) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool RememberMe { get; set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Field.Code")]
        public string TwoFactorCode { get; set; } = "";

        [Display(Name = "Field.RememberMachine")]
        public bool RememberMachine { get; set; }
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

        // Apps show the code as "123 456"; people type it with the space or a dash.
        var code = Input.TwoFactorCode.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, RememberMe, Input.RememberMachine);
        if (result.Succeeded)
        {
            logger.LogInformation("User signed in with an authenticator code");
            await audit.SaveAsync(AuditKind.SignInSucceeded, "Signed in with password and authenticator code", AuditTarget.User(user), actor: user);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        if (result.IsLockedOut)
        {
            logger.LogWarning("Account locked out after repeated wrong authenticator codes");
            await (wasLockedOut
                ? audit.SaveAsync(AuditKind.SignInFailed, "Sign-in refused: the account is locked out", AuditTarget.User(user), AuditOutcome.Failed, user)
                : audit.SaveAsync(AuditKind.Lockout, "Wrong authenticator code; the account is locked out after repeated failures", AuditTarget.User(user), AuditOutcome.Failed, user));
            return RedirectToPage("./Lockout");
        }

        await audit.SaveAsync(AuditKind.SignInFailed, "Wrong authenticator code", AuditTarget.User(user), AuditOutcome.Failed, user);
        ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.TwoFactorCode)}", text["LoginWith2fa.WrongCode"]);
        return Page();
    }

    private RedirectToPageResult StartOver()
    {
        TempData["WarningMessage"] = text["LoginWith2fa.StartOver"].Value;
        return RedirectToPage("./Login", new { ReturnUrl });
    }
}
