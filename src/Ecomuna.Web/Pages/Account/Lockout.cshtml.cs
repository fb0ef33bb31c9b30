namespace Ecomuna.Web.Pages.Account;

[AllowAnonymous]
public sealed class LockoutModel(UserManager<AppUser> users) : PageModel
{
    public int Minutes => (int)Math.Ceiling(users.Options.Lockout.DefaultLockoutTimeSpan.TotalMinutes);

    public void OnGet()
    {
    }
}
