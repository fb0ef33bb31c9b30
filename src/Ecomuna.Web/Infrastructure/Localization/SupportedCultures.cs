using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.Net.Http.Headers;

namespace Ecomuna.Web.Infrastructure.Localization;

/// <summary>The two interface languages. Swedish is the default.</summary>
public static class SupportedCultures
{
    public const string Swedish = "sv-SE";
    public const string English = "en-GB";

    public static readonly IReadOnlyList<string> All = [Swedish, English];

    /// <summary>"sv" or "en", for the html lang attribute and for stored preferences.</summary>
    public static string CurrentLanguage => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    /// <summary>The first language of an Accept-Language header that the portal speaks, whatever its region.</summary>
    public static ProviderCultureResult? FromAcceptLanguage(IEnumerable<string?> header)
    {
        var languages = StringWithQualityHeaderValue.ParseList([.. header.OfType<string>()])
            .OrderByDescending(value => value.Quality ?? 1)
            .Select(value => value.Value.Value?.Split('-')[0].ToLowerInvariant());
        var match = languages
            .Select(language => language switch { "sv" => Swedish, "en" => English, _ => null })
            .FirstOrDefault(culture => culture is not null);
        return match is null ? null : new ProviderCultureResult(match);
    }
}
