namespace Ecomuna.Core.Localization;

/// <summary>Formats Swedish kronor the way each interface language writes them: "4 000 kr" and "SEK 4,000".</summary>
public static class Money
{
    public static string Format(decimal amount, int decimals = 0, CultureInfo? culture = null)
    {
        culture ??= CultureInfo.CurrentCulture;
        var number = amount.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), culture);
        return culture.TwoLetterISOLanguageName == "sv" ? $"{number}\u00a0kr" : $"SEK\u00a0{number}";
    }
}
