using Ecomuna.Core.Audit;

namespace Ecomuna.Web.Pages.Account;

/// <summary>Where an invited contact person chooses their first password.</summary>
[AllowAnonymous]
public sealed class AcceptInvitationModel(
    UserManager<AppUser> users,
    SignInManager<AppUser> signIn,
    ContactInvitations invitations,
    AuditLog audit,
    IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string Email { get; private set; } = "";
    public bool LinkIsInvalid { get; private set; }
    public int MinimumLength => users.Options.Password.RequiredLength;

    public sealed class InputModel
    {
        public string UserId { get; set; } = "";
        public string Code { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required")]
        [DataType(DataType.Password)]
        [Display(Name = "Field.NewPassword")]
        public string Password { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required")]
        [DataType(DataType.Password)]
        [Compare(nameof(Password), ErrorMessage = "Validation.Compare")]
        [Display(Name = "Field.ConfirmPassword")]
        public string ConfirmPassword { get; set; } = "";
    }

    public async Task OnGetAsync(string? userId, string? code)
    {
        Input = new InputModel { UserId = userId ?? "", Code = code ?? "" };
        var user = await FindInvitedAsync();
        if (user is null || LinkCode.Decode(Input.Code) is not { } token
            || !await users.VerifyUserTokenAsync(user, ContactInvitations.TokenProvider, ContactInvitations.Purpose, token))
        {
            Invalid();
            return;
        }

        Email = user.Email ?? "";
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await FindInvitedAsync();
        if (user is null || LinkCode.Decode(Input.Code) is not { } token)
        {
            Invalid();
            return Page();
        }

        Email = user.Email ?? "";
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await invitations.AcceptAsync(user, token, Input.Password);
        if (!result.Succeeded)
        {
            if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)))
            {
                Invalid();
            }

            foreach (var error in result.Errors.Where(e => e.Code != nameof(IdentityErrorDescriber.InvalidToken)))
            {
                ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Password)}", error.Description);
            }

            return Page();
        }

        await signIn.SignInAsync(user, isPersistent: false);
        await audit.RecordAsync(AuditKind.PasswordChanged, "Chose a first password through an invitation link", AuditTarget.User(user), actor: user);
        await audit.SaveAsync(AuditKind.SignInSucceeded, "Signed in after accepting an invitation", AuditTarget.User(user), actor: user);
        TempData["StatusMessage"] = text["Invitation.Welcome"].Value;
        return RedirectToPage("/Organisation/Index");
    }

    private async Task<AppUser?> FindInvitedAsync() =>
        string.IsNullOrEmpty(Input.UserId) ? null : await users.FindByIdAsync(Input.UserId);

    private void Invalid()
    {
        LinkIsInvalid = true;
        ModelState.AddModelError(string.Empty, text["Invitation.InvalidLink"]);
    }

}
