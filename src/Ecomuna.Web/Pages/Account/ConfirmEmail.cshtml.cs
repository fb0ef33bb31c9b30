namespace Ecomuna.Web.Pages.Account;

[AllowAnonymous]
public sealed class ConfirmEmailModel(UserManager<AppUser> users, ILogger<ConfirmEmailModel> logger) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task OnGetAsync(string? userId, string? code)
    {
        if (string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(code)
            || await users.FindByIdAsync(userId) is not { } user)
        {
            return;
        }

        if (LinkCode.Decode(code) is not { } token)
        {
            return;
        }

        var result = await users.ConfirmEmailAsync(user, token);
        Confirmed = result.Succeeded;
        if (Confirmed)
        {
            logger.LogInformation("Email address confirmed");
        }
    }
}
