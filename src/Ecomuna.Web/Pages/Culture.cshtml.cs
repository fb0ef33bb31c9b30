using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Localization;

namespace Ecomuna.Web.Pages;

/// <summary>
/// The language switcher posts here. The choice is kept in a cookie for a year and, for a signed-in user,
/// as the language of the emails the portal sends them.
/// The form on cached public pages carries no antiforgery token, so only a signed-in user's request, which also
/// changes their account, must carry one.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class CultureModel(TimeProvider clock, UserManager<AppUser> users, IAntiforgery antiforgery) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync(string culture, string? returnUrl)
    {
        if (User.Identity?.IsAuthenticated == true && !await antiforgery.IsRequestValidAsync(HttpContext))
        {
            return BadRequest();
        }

        if (!SupportedCultures.All.Contains(culture))
        {
            culture = SupportedCultures.Swedish;
        }

        Response.Cookies.Append(
            Infrastructure.Security.SessionCookies.Culture,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions
            {
                Expires = clock.GetUtcNow().AddYears(1),
                IsEssential = true,
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Secure = true,
            });

        if (await users.GetUserAsync(User) is { } user)
        {
            user.PreferredLanguage = culture[..2];
            await users.UpdateAsync(user);
        }

        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
