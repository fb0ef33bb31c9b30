using Microsoft.AspNetCore.Localization;
using Microsoft.Net.Http.Headers;

namespace Ecomuna.Core.Localization;

/// <summary>The two interface languages. Swedish is the default.</summary>
public static class SupportedCultures
{
    public const string Swedish = "sv-SE";
    public const string English = "en-GB";

    public static readonly IReadOnlyList<string> All = [Swedish, English];

    /// <summary>"sv" or "en", for the html lang attribute and for stored preferences.</summary>
    public static string CurrentLanguage => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    /// <summary>The query-string key that picks the language of one page: ?culture=sv or ?culture=en.</summary>
    public const string QueryKey = "culture";

    /// <summary>"sv" or "en" (or sv-SE, en-GB) from the query string; anything else leaves the choice to the next provider.</summary>
    public static ProviderCultureResult? FromQuery(string? value) => value?.Split('-')[0].ToLowerInvariant() switch
    {
        "sv" => new ProviderCultureResult(Swedish),
        "en" => new ProviderCultureResult(English),
        _ => null,
    };

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
