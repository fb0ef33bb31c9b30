namespace Ecomuna.Core.Members;

/// <summary>A member organisation: a municipality or a region.</summary>
public sealed class Member
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public MemberKind Kind { get; set; }

    /// <summary>ISO 3166-1 alpha-2 country code.</summary>
    public string CountryCode { get; set; } = "SE";
    public string? County { get; set; }
    public PartOfCountry? PartOfCountry { get; set; }
    public MembershipStatus Status { get; set; } = MembershipStatus.Active;
    public DateOnly? MemberSince { get; set; }
    public DateOnly? MemberUntil { get; set; }

    public List<PopulationFigure> Populations { get; } = [];

    public int? PopulationFor(int year) =>
        Populations.Where(p => p.Year == year).Select(p => (int?)p.Population).FirstOrDefault();
}

public enum MemberKind
{
    Municipality = 1,
    Region = 2,
}

/// <summary>The three parts of Sweden the board is composed by.</summary>
public enum PartOfCountry
{
    Gotaland = 1,
    Svealand = 2,
    Norrland = 3,
}

public enum MembershipStatus
{
    Applicant = 1,
    Active = 2,
    Resigned = 3,
}

/// <summary>Ecomuna's network categories besides the eco-municipalities themselves.</summary>
public enum NetworkCategory
{
    TrainingCentre = 1,
    EducatorOrConsultant = 2,
    Researcher = 3,
    Friend = 4,
}
