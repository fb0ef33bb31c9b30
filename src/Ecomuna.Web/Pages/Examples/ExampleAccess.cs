using System.Security.Claims;
using Ecomuna.Core.Examples;
using Ecomuna.Web.Pages.Organisation;

namespace Ecomuna.Web.Pages.Examples;

/// <summary>Who may see a good example, and the theme names in the reader's language.</summary>
public static class ExampleAccess
{
    /// <summary>
    /// A published example is for everyone. Until then (and after it is unpublished) only the secretariat and the
    /// contact persons of its own member see it; for everyone else it does not exist.
    /// </summary>
    public static async Task<bool> MaySeeAsync(EcomunaDbContext db, UserManager<AppUser> users, ClaimsPrincipal user, ExampleStatus status, int memberId)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (status == ExampleStatus.Published || user.IsInRole(Roles.Admin))
        {
            return true;
        }

        return user.IsInRole(Roles.ContactPerson) && await db.ActingMemberIdAsync(users, user) == memberId;
    }

    /// <summary>A moment as a date in Sweden, in the reader's format.</summary>
    public static string Date(DateTime utc) => SwedishTime.ToSwedish(utc).ToString("d", System.Globalization.CultureInfo.CurrentCulture);

    /// <summary>A moment as date and time in Sweden, in the reader's format.</summary>
    public static string DateTime(DateTime utc) => SwedishTime.ToSwedish(utc).ToString("g", System.Globalization.CultureInfo.CurrentCulture);

    public sealed record ThemeOption(int Id, string Name, bool IsActive);

    public sealed record MemberOption(int Id, string Name);

    /// <summary>The themes in the reader's language, by name.</summary>
    public static async Task<IReadOnlyList<ThemeOption>> ThemesAsync(EcomunaDbContext db, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var english = SupportedCultures.CurrentLanguage == "en";
        var themes = await db.ExampleThemes.AsNoTracking()
            .Select(t => new ThemeOption(t.Id, english ? t.NameEn : t.NameSv, t.IsActive))
            .ToListAsync(ct);
        return [.. themes.OrderBy(t => t.Name, StringComparer.Create(System.Globalization.CultureInfo.CurrentCulture, true))];
    }
}
