using Ecomuna.Core.Audit;
using Ecomuna.Web.Infrastructure.Security;

namespace Ecomuna.Web.Pages.Account.Manage;

public sealed class IndexModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, AccountChangeMail notice, AuditLog audit, Microsoft.Extensions.Localization.IStringLocalizer<AccountResource> text, Microsoft.Extensions.Options.IOptions<SecurityOptions> security) : PageModel
{
    public SecurityOptions Security => security.Value;

    public string DisplayName { get; private set; } = "";
    public string Email { get; private set; } = "";
    public bool TwoFactorEnabled { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        DisplayName = user.DisplayName;
        Email = user.Email ?? "";
        TwoFactorEnabled = user.TwoFactorEnabled;
        return Page();
    }

    /// <summary>Ends every login of this account, on all devices, by giving it a new security stamp.</summary>
    public async Task<IActionResult> OnPostLogOutEverywhereAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        notice.Queue(user, AccountChange.SignedOutEverywhere);
        await audit.RecordAsync(AuditKind.SignOutEverywhere, "Logged out everywhere", AuditTarget.User(user), actor: user);
        await users.UpdateSecurityStampAsync(user);
        await signIn.SignOutAsync();
        TempData["StatusMessage"] = text["Manage.LoggedOutEverywhere"].Value;
        return RedirectToPage("/Account/Login");
    }
}
