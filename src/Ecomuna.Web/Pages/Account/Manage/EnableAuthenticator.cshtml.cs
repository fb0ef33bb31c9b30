using System.Text;
using System.Text.Encodings.Web;
using Ecomuna.Core.Audit;
using Ecomuna.Web.Infrastructure.Security;
using QRCoder;

namespace Ecomuna.Web.Pages.Account.Manage;

public sealed class EnableAuthenticatorModel(
    UserManager<AppUser> users, SignInManager<AppUser> signIn, AccountChangeMail notice, AuditLog audit, IStringLocalizer<AccountResource> text, ILogger<EnableAuthenticatorModel> logger) : PageModel
{
    private const string Issuer = "Ecomuna";
    private const int RecoveryCodeCount = 10;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>The authenticator key in lower-case groups of four, easy to read and type.</summary>
    public string SharedKey { get; private set; } = "";

    /// <summary>A PNG of the otpauth URI as a data: URL.</summary>
    public string QrCodeImage { get; private set; } = "";

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Field.Code")]
        public string Code { get; set; } = "";
    }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        await LoadKeyAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!ModelState.IsValid)
        {
            await LoadKeyAsync(user);
            return Page();
        }

        var code = Input.Code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var valid = await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code);
        if (!valid)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Code)}", text["EnableAuthenticator.WrongCode"]);
            await LoadKeyAsync(user);
            return Page();
        }

        notice.Queue(user, AccountChange.TwoFactorOn);
        await audit.RecordAsync(AuditKind.TwoFactorEnabled, "Turned on two-factor authentication with an authenticator app", AuditTarget.User(user), actor: user);
        await users.SetTwoFactorEnabledAsync(user, true);
        logger.LogInformation("User turned on two-factor authentication with an authenticator app");
        TempData["StatusMessage"] = text["EnableAuthenticator.Done"].Value;

        if (await users.CountRecoveryCodesAsync(user) == 0)
        {
            var recoveryCodes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount);
            await signIn.RefreshSignInAsync(user);
            TempData[ShowRecoveryCodesModel.TempDataKey] = recoveryCodes!.ToArray();
            return RedirectToPage("./ShowRecoveryCodes");
        }

        await signIn.RefreshSignInAsync(user);
        return RedirectToPage("./TwoFactorAuthentication");
    }

    private async Task LoadKeyAsync(AppUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            // A first key, stored without renewing the security stamp (as ResetAuthenticatorKeyAsync would), so that
            // opening this page does not end the account's logins.
            key = users.GenerateNewAuthenticatorKey();
            await users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", key);
        }

        SharedKey = FormatKey(key);
        var email = await users.GetEmailAsync(user) ?? "";
        var uri = string.Create(CultureInfo.InvariantCulture,
            $"otpauth://totp/{Issuer}:{UrlEncoder.Default.Encode(email)}?secret={key}&issuer={Issuer}&digits=6");
        QrCodeImage = "data:image/png;base64," + Convert.ToBase64String(PngByteQRCodeHelper.GetQRCode(uri, QRCodeGenerator.ECCLevel.Q, 5));
    }

    private static string FormatKey(string key)
    {
        var formatted = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            if (i > 0)
            {
                formatted.Append(' ');
            }

            formatted.Append(key.AsSpan(i, Math.Min(4, key.Length - i)));
        }

        return formatted.ToString().ToLowerInvariant();
    }
}
