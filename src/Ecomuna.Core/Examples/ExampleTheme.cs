namespace Ecomuna.Core.Examples;

/// <summary>A theme good examples are filed under, named in Swedish and English; the secretariat keeps the list.</summary>
public sealed class ExampleTheme
{
    public int Id { get; set; }
    public string NameSv { get; set; } = "";
    public string NameEn { get; set; } = "";

    /// <summary>A retired theme stays on the examples that have it but is no longer offered for new ones.</summary>
    public bool IsActive { get; set; } = true;

    public string Name(string language) => language == "en" ? NameEn : NameSv;
}

/// <summary>The year's one example named initiative of the year (Årets initiativ) and presented at the annual meeting.</summary>
public sealed class InitiativeOfTheYear
{
    public int Year { get; set; }
    public int ExampleId { get; set; }
    public GoodExample? Example { get; set; }
    public DateTime NamedAtUtc { get; set; }
    public string NamedBy { get; set; } = "";
}

/// <summary>The UN Sustainable Development Goals, numbered 1 to 17 (their names are in the interface's resources).</summary>
public static class SustainableDevelopmentGoals
{
    public const int Count = 17;

    public static IEnumerable<int> All => Enumerable.Range(1, Count);

    public static bool IsGoal(int number) => number is >= 1 and <= Count;
}
