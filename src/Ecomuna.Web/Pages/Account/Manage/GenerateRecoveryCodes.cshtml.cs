using Ecomuna.Core.Audit;
using Ecomuna.Web.Infrastructure.Security;

namespace Ecomuna.Web.Pages.Account.Manage;

public sealed class GenerateRecoveryCodesModel(
    UserManager<AppUser> users, SignInManager<AppUser> signIn, AccountChangeMail notice, AuditLog audit, IStringLocalizer<AccountResource> text, ILogger<GenerateRecoveryCodesModel> logger) : PageModel
{
    private const int RecoveryCodeCount = 10;

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

        notice.Queue(user, AccountChange.RecoveryCodesRenewed);
        await audit.RecordAsync(AuditKind.RecoveryCodesRenewed, "Made new recovery codes (the old ones no longer work)", AuditTarget.User(user), actor: user);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount);
        // The change renewed the security stamp, which ends the account's other logins; this browser keeps its own.
        await signIn.RefreshSignInAsync(user);
        logger.LogInformation("User generated new recovery codes");
        TempData[ShowRecoveryCodesModel.TempDataKey] = codes!.ToArray();
        TempData["StatusMessage"] = text["GenerateRecoveryCodes.Done"].Value;
        return RedirectToPage("./ShowRecoveryCodes");
    }

    private RedirectToPageResult NotEnabled()
    {
        TempData["WarningMessage"] = text["GenerateRecoveryCodes.NotEnabled"].Value;
        return RedirectToPage("./TwoFactorAuthentication");
    }
}
