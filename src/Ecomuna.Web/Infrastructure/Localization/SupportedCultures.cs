using System.Globalization;

namespace Ecomuna.Web.Infrastructure.Localization;

/// <summary>The two interface languages. Swedish is the default.</summary>
public static class SupportedCultures
{
    public const string Swedish = "sv-SE";
    public const string English = "en-GB";

    public static readonly IReadOnlyList<string> All = [Swedish, English];

    /// <summary>"sv" or "en", for the html lang attribute and for stored preferences.</summary>
    public static string CurrentLanguage => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
}
