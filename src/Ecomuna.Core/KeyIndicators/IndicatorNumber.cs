namespace Ecomuna.Core.KeyIndicators;

/// <summary>Reads and writes indicator values the way people type them: a decimal comma or point, spaces between thousands.</summary>
public static class IndicatorNumber
{
    public static bool TryParse(string? text, out double value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var cleaned = text.Trim().Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal)
            .Replace("\u2212", "-", StringComparison.Ordinal).Replace(',', '.');
        return cleaned.Count(c => c == '.') <= 1
            && double.TryParse(cleaned, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value);
    }

    /// <summary>For a form field or a CSV file: as short as exact, with a point.</summary>
    public static string Invariant(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    /// <summary>For a form field people edit, in the current culture, without rounding.</summary>
    public static string ForInput(double value) => value.ToString("0.######", CultureInfo.CurrentCulture);

    /// <summary>For people to read, in the current culture.</summary>
    public static string Format(double value) => value.ToString("#,0.###", CultureInfo.CurrentCulture);
}
