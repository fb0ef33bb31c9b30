using Ecomuna.Core.Audit;
using Ecomuna.Web.Infrastructure.Security;

namespace Ecomuna.Web.Pages.Account.Manage;

public sealed class ResetAuthenticatorModel(
    UserManager<AppUser> users, AccountChangeMail notice, AuditLog audit, SignInManager<AppUser> signIn, IStringLocalizer<AccountResource> text, ILogger<ResetAuthenticatorModel> logger) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (await users.GetTwoFactorEnabledAsync(user))
        {
            notice.Queue(user, AccountChange.TwoFactorOff);
        }

        await audit.RecordAsync(AuditKind.AuthenticatorReset, "Reset the authenticator key; two-factor authentication is off until set up again", AuditTarget.User(user), actor: user);
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        // The new key renews the security stamp; a fresh cookie keeps this browser signed in.
        await signIn.RefreshSignInAsync(user);
        logger.LogInformation("User reset their authenticator key");
        TempData["StatusMessage"] = text["ResetAuthenticator.Done"].Value;
        return RedirectToPage("./EnableAuthenticator");
    }
}
