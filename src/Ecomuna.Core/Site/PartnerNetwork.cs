namespace Ecomuna.Core.Site;

/// <summary>A network of eco-municipalities or local governments abroad that the association works with.</summary>
public sealed class PartnerNetwork
{
    public int Id { get; set; }

    /// <summary>The last part of the page's address, /International/{slug}.</summary>
    public string Slug { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>The country or region, as shown (e.g. "USA", "Norden").</summary>
    public string CountrySv { get; set; } = "";
    public string CountryEn { get; set; } = "";

    /// <summary>Markdown.</summary>
    public string DescriptionSv { get; set; } = "";
    public string DescriptionEn { get; set; } = "";

    public string? ContactName { get; set; }
    public string? ContactEmail { get; set; }
    public string? Website { get; set; }

    public int Position { get; set; }

    public string Country(string language) => language == "en" ? CountryEn : CountrySv;

    public string Description(string language) => language == "en" ? DescriptionEn : DescriptionSv;
}

/// <summary>Something that happened in the international cooperation, in a year, optionally with one partner.</summary>
public sealed class CooperationEntry
{
    public int Id { get; set; }
    public int Year { get; set; }
    public string TextSv { get; set; } = "";
    public string TextEn { get; set; } = "";
    public int? PartnerId { get; set; }
    public PartnerNetwork? Partner { get; set; }

    public string Text(string language) => language == "en" ? TextEn : TextSv;
}
