using Ecomuna.Core.Email;
using Ecomuna.Core.Email.Outbox;

namespace Ecomuna.Web.Pages.Account;

[AllowAnonymous]
public sealed class ResendEmailConfirmationModel(
    UserManager<AppUser> users, EmailTemplates templates, EcomunaDbContext db, EmailOutbox outbox, IStringLocalizer<AccountResource> text) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Validation.Required")]
        [EmailAddress(ErrorMessage = "Validation.Email")]
        [Display(Name = "Field.Email")]
        public string Email { get; set; } = "";
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        // The answer is the same whether or not the account exists, so the form cannot be used to find accounts.
        var user = await users.FindByEmailAsync(Input.Email);
        if (user is not null && !await users.IsEmailConfirmedAsync(user))
        {
            var token = await users.GenerateEmailConfirmationTokenAsync(user);
            var code = LinkCode.Encode(token);
            var link = Url.Page("/Account/ConfirmEmail", pageHandler: null, values: new { userId = user.Id, code }, protocol: Request.Scheme)!;
            outbox.Enqueue(templates.ConfirmEmail(user.Email!, user.DisplayName, link));
            await db.SaveChangesAsync(ct);
        }

        TempData["StatusMessage"] = text["ResendEmailConfirmation.Sent"].Value;
        return RedirectToPage();
    }
}
