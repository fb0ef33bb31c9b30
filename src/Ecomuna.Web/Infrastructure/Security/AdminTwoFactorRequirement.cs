using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Ecomuna.Web.Infrastructure.Security;

/// <summary>
/// An admin who has not turned on two-factor authentication is sent to set it up before anything else; only the
/// set-up pages, logging out and the language switch stay open to them.
/// </summary>
internal sealed class AdminTwoFactorRequirement(RequestDelegate next)
{
    public const string SetUpPage = "/Account/Manage/EnableAuthenticator";

    private static readonly string[] OpenPaths =
    [
        SetUpPage, "/Account/Manage/ShowRecoveryCodes", "/Account/Manage/TwoFactorAuthentication", "/Account/Manage/ResetAuthenticator",
        "/Account/Logout", "/Account/AccessDenied", "/Culture", "/Error", "/health",
    ];

    public async Task InvokeAsync(
        HttpContext context, UserManager<AppUser> users, EcomunaDbContext db, ITempDataDictionaryFactory tempData, IStringLocalizer<AccountResource> text)
    {
        if (context.User.IsInRole(Roles.Admin)
            && !OpenPaths.Any(path => context.Request.Path.StartsWithSegments(path, StringComparison.OrdinalIgnoreCase))
            && users.GetUserId(context.User) is { } userId
            && await db.Users.Where(u => u.Id == userId).Select(u => (bool?)u.TwoFactorEnabled).FirstOrDefaultAsync(context.RequestAborted) == false)
        {
            var messages = tempData.GetTempData(context);
            messages["WarningMessage"] = text["TwoFactor.RequiredForAdmins"].Value;
            messages.Save();
            context.Response.Redirect(SetUpPage);
            return;
        }

        await next(context);
    }
}
