using Ecomuna.Core.Audit;
using Ecomuna.Web.Infrastructure.Security;

namespace Ecomuna.Web.Pages.Account.Manage;

public sealed class Disable2faModel(
    UserManager<AppUser> users, SignInManager<AppUser> signIn, AccountChangeMail notice, AuditLog audit, IStringLocalizer<AccountResource> text, ILogger<Disable2faModel> logger) : PageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        return await users.GetTwoFactorEnabledAsync(user) ? Page() : NotEnabled();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!await users.GetTwoFactorEnabledAsync(user))
        {
            return NotEnabled();
        }

        notice.Queue(user, AccountChange.TwoFactorOff);
        await audit.RecordAsync(AuditKind.TwoFactorDisabled, "Turned off two-factor authentication", AuditTarget.User(user), actor: user);
        await users.SetTwoFactorEnabledAsync(user, false);
        // The change renewed the security stamp, which ends the account's other logins; this browser keeps its own.
        await signIn.RefreshSignInAsync(user);
        logger.LogInformation("User turned off two-factor authentication");
        TempData["StatusMessage"] = text["Disable2fa.Done"].Value;
        return RedirectToPage("./TwoFactorAuthentication");
    }

    private RedirectToPageResult NotEnabled()
    {
        TempData["WarningMessage"] = text["Disable2fa.NotEnabled"].Value;
        return RedirectToPage("./TwoFactorAuthentication");
    }
}
