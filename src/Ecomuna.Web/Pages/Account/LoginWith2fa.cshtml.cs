using System.ComponentModel.DataAnnotations;
using Ecomuna.Core.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Ecomuna.Web.Pages.Account;

[AllowAnonymous]
public sealed class LoginWith2faModel(SignInManager<AppUser> signIn, IStringLocalizer<AccountResource> text, ILogger<LoginWith2faModel> logger) : PageModel
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

        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return StartOver();
        }

        // Apps show the code as "123 456"; people type it with the space or a dash.
        var code = Input.TwoFactorCode.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, RememberMe, Input.RememberMachine);
        if (result.Succeeded)
        {
            logger.LogInformation("User signed in with an authenticator code");
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        if (result.IsLockedOut)
        {
            logger.LogWarning("Account locked out after repeated wrong authenticator codes");
            return RedirectToPage("./Lockout");
        }

        ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.TwoFactorCode)}", text["LoginWith2fa.WrongCode"]);
        return Page();
    }

    private RedirectToPageResult StartOver()
    {
        TempData["WarningMessage"] = text["LoginWith2fa.StartOver"].Value;
        return RedirectToPage("./Login", new { ReturnUrl });
    }
}
