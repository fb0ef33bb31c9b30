using Ecomuna.Core.Accounts;
using Ecomuna.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Ecomuna.Web.Pages.Account.Manage;

public sealed class ResetAuthenticatorModel(
    UserManager<AppUser> users, AccountChangeMail notice, SignInManager<AppUser> signIn, IStringLocalizer<AccountResource> text, ILogger<ResetAuthenticatorModel> logger) : PageModel
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

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        // The new key renews the security stamp; a fresh cookie keeps this browser signed in.
        await signIn.RefreshSignInAsync(user);
        logger.LogInformation("User reset their authenticator key");
        TempData["StatusMessage"] = text["ResetAuthenticator.Done"].Value;
        return RedirectToPage("./EnableAuthenticator");
    }
}
