using Ecomuna.Core.Audit;

namespace Ecomuna.Web.Pages.Account;

[AllowAnonymous]
public sealed class LogoutModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, AuditLog audit, IStringLocalizer<AccountResource> text) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // A new security stamp makes every copy of the login cookie worthless, here and on other devices.
        // This browser stays remembered for two-factor authentication if it was, under the new stamp.
        if (await users.GetUserAsync(User) is { } user)
        {
            var remembered = await signIn.IsTwoFactorClientRememberedAsync(user);
            await audit.RecordAsync(AuditKind.SignOut, "Logged out (every login of the account ended)", AuditTarget.User(user), actor: user);
            await users.UpdateSecurityStampAsync(user);
            await signIn.SignOutAsync();
            if (remembered)
            {
                await signIn.RememberTwoFactorClientAsync(user);
            }
        }
        else
        {
            await signIn.SignOutAsync();
        }

        TempData["StatusMessage"] = text["Logout.Done"].Value;
        return RedirectToPage("/Index");
    }
}
