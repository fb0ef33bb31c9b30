namespace Ecomuna.Web.Pages.Account.Manage;

public sealed class TwoFactorAuthenticationModel(
    UserManager<AppUser> users, SignInManager<AppUser> signIn, IStringLocalizer<AccountResource> text) : PageModel
{
    public bool IsEnabled { get; private set; }
    public bool HasAuthenticator { get; private set; }
    public int RecoveryCodesLeft { get; private set; }
    public bool IsMachineRemembered { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        IsEnabled = await users.GetTwoFactorEnabledAsync(user);
        HasAuthenticator = await users.GetAuthenticatorKeyAsync(user) is not null;
        RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);
        IsMachineRemembered = await signIn.IsTwoFactorClientRememberedAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostForgetMachineAsync()
    {
        await signIn.ForgetTwoFactorClientAsync();
        TempData["StatusMessage"] = text["TwoFactor.MachineForgotten"].Value;
        return RedirectToPage();
    }
}
