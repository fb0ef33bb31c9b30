namespace Ecomuna.Web.Pages.Account.Manage;

/// <summary>Shows recovery codes once, right after they were generated; they are never stored in readable form.</summary>
public sealed class ShowRecoveryCodesModel : PageModel
{
    public const string TempDataKey = "RecoveryCodes";

    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public IActionResult OnGet()
    {
        if (TempData[TempDataKey] is not string[] codes || codes.Length == 0)
        {
            return RedirectToPage("./TwoFactorAuthentication");
        }

        RecoveryCodes = codes;
        return Page();
    }
}
