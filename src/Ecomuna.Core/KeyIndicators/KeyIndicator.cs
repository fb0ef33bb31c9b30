namespace Ecomuna.Core.KeyIndicators;

/// <summary>One green key indicator of a revision of the set (2012, 2023, ...).</summary>
public sealed class KeyIndicator
{
    public int Id { get; set; }
    public string Code { get; set; } = "";
    public string NameSv { get; set; } = "";
    public string NameEn { get; set; } = "";
    public string Unit { get; set; } = "";
    public IndicatorDirection Direction { get; set; }
    /// <summary>What the indicator measures, in English.</summary>
    public string? Definition { get; set; }

    /// <summary>What the indicator measures, in Swedish.</summary>
    public string? DefinitionSv { get; set; }
    public string? DataSource { get; set; }
    public int ValidFromYear { get; set; }
    public int? ValidToYear { get; set; }

    /// <summary>Values below this are unusual enough that the reporter is asked to confirm them.</summary>
    public double? PlausibleMin { get; set; }

    /// <summary>Values above this are unusual enough that the reporter is asked to confirm them.</summary>
    public double? PlausibleMax { get; set; }

    public string Name(string language) => language == "en" ? NameEn : NameSv;

    public string? DefinitionIn(string language) => language == "en" ? Definition ?? DefinitionSv : DefinitionSv ?? Definition;

    public bool IsPlausible(double value) => (PlausibleMin is not { } min || value >= min) && (PlausibleMax is not { } max || value <= max);

    /// <summary>Whether <paramref name="value"/> is better than <paramref name="other"/> in this indicator's direction.</summary>
    public bool IsBetter(double value, double other) => Direction == IndicatorDirection.LowerIsBetter ? value < other : value > other;

    public bool IsValidIn(int year) => year >= ValidFromYear && (ValidToYear is null || year <= ValidToYear);
}

public enum IndicatorDirection
{
    LowerIsBetter = 1,
    HigherIsBetter = 2,
}

/// <summary>Orders indicator codes as people read them: GN.2a before GN.10, 2 before 12.</summary>
public sealed class IndicatorCodeOrder : IComparer<string>
{
    public static readonly IndicatorCodeOrder Instance = new();

    public int Compare(string? x, string? y)
    {
        var (a, b) = (x ?? "", y ?? "");
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (char.IsAsciiDigit(a[i]) && char.IsAsciiDigit(b[j]))
            {
                var (startA, startB) = (i, j);
                while (i < a.Length && char.IsAsciiDigit(a[i])) { i++; }
                while (j < b.Length && char.IsAsciiDigit(b[j])) { j++; }
                var byNumber = long.Parse(a[startA..i], System.Globalization.CultureInfo.InvariantCulture)
                    .CompareTo(long.Parse(b[startB..j], System.Globalization.CultureInfo.InvariantCulture));
                if (byNumber != 0)
                {
                    return byNumber;
                }

                continue;
            }

            var byChar = char.ToUpperInvariant(a[i]).CompareTo(char.ToUpperInvariant(b[j]));
            if (byChar != 0)
            {
                return byChar;
            }

            i++;
            j++;
        }

        return (a.Length - i).CompareTo(b.Length - j);
    }
}
