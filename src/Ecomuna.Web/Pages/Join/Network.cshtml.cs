using Ecomuna.Core.Audit;
using Ecomuna.Core.Email;
using Ecomuna.Core.Email.Outbox;
using Ecomuna.Core.Network;
using Ecomuna.Web.Pages.Network;

namespace Ecomuna.Web.Pages.Join;

/// <summary>Sign-up for Ecomuna's network: an account that confirms its email, and a profile the secretariat approves.</summary>
[AllowAnonymous]
public sealed class NetworkModel(
    EcomunaDbContext db,
    UserManager<AppUser> users,
    EmailTemplates templates,
    EmailOutbox outbox,
    AuditLog audit,
    TimeProvider clock,
    IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public int MinimumLength => users.Options.Password.RequiredLength;

    public sealed class InputModel : ProfileInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [EmailAddress(ErrorMessage = "Validation.Email")]
        [StringLength(256, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Email")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required")]
        [DataType(DataType.Password)]
        [Display(Name = "Field.Password")]
        public string Password { get; set; } = "";
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = new AppUser
        {
            UserName = Input.Email.Trim(),
            Email = Input.Email.Trim(),
            DisplayName = Input.Name.Trim(),
            NetworkCategory = Input.Category,
            PreferredLanguage = Ecomuna.Core.Localization.SupportedCultures.CurrentLanguage,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        await using var transaction = await db.Database.BeginTransactionAsync();
        var result = await users.CreateAsync(user, Input.Password);
        if (result.Succeeded)
        {
            result = await users.AddToRoleAsync(user, Roles.NetworkMember);
        }

        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = error.Code.StartsWith("Password", StringComparison.Ordinal) ? "Input.Password"
                    : error.Code.Contains("Email", StringComparison.Ordinal) || error.Code.Contains("UserName", StringComparison.Ordinal) ? "Input.Email"
                    : string.Empty;
                ModelState.AddModelError(field, error.Description);
            }

            return Page();
        }

        var profile = new NetworkProfile { UserId = user.Id };
        Input.CopyTo(profile);
        db.NetworkProfiles.Add(profile);
        await audit.RecordAsync(AuditKind.RoleGranted, $"Role {Roles.NetworkMember} granted on signing up to the network", AuditTarget.User(user), actor: user);
        var code = LinkCode.Encode(await users.GenerateEmailConfirmationTokenAsync(user));
        var link = Url.Page("/Account/ConfirmEmail", null, new { userId = user.Id, code }, Request.Scheme)!;
        outbox.Enqueue(templates.ConfirmEmail(user.Email, user.DisplayName, link));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        TempData["StatusMessage"] = text["Network.SignedUp", user.Email].Value;
        return RedirectToPage("./Thanks", new { network = true });
    }
}
