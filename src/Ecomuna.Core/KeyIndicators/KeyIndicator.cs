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
    public string? Definition { get; set; }
    public string? DataSource { get; set; }
    public int ValidFromYear { get; set; }
    public int? ValidToYear { get; set; }

    public string Name(string language) => language == "en" ? NameEn : NameSv;

    public bool IsValidIn(int year) => year >= ValidFromYear && (ValidToYear is null || year <= ValidToYear);
}

public enum IndicatorDirection
{
    LowerIsBetter = 1,
    HigherIsBetter = 2,
}
