namespace Ecomuna.Core.Site;

/// <summary>
/// A page of the public site the secretariat writes itself, in Markdown and both languages: what Ecomuna is, how to
/// join, the principles, the legal texts. Every save is kept as a <see cref="SitePageVersion"/>.
/// </summary>
public sealed class SitePage
{
    public const string SlugPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    public int Id { get; set; }

    /// <summary>The last part of the page's address, /About/{slug}.</summary>
    public string Slug { get; set; } = "";

    /// <summary>Where the page comes in the list of about pages.</summary>
    public int Position { get; set; }

    public string TitleSv { get; set; } = "";
    public string TitleEn { get; set; } = "";
    public string BodySv { get; set; } = "";
    public string BodyEn { get; set; } = "";

    public DateTime UpdatedAtUtc { get; set; }

    public List<SitePageVersion> Versions { get; } = [];

    /// <summary>Sets the content and keeps it as a new version, the newest of the history.</summary>
    public void Save(string titleSv, string titleEn, string bodySv, string bodyEn, DateTime nowUtc, string? userId, string byName, int? restoredFromVersionId = null)
    {
        (TitleSv, TitleEn, BodySv, BodyEn, UpdatedAtUtc) = (titleSv.Trim(), titleEn.Trim(), bodySv.Trim(), bodyEn.Trim(), nowUtc);
        Versions.Add(new SitePageVersion
        {
            TitleSv = TitleSv, TitleEn = TitleEn, BodySv = BodySv, BodyEn = BodyEn, SavedAtUtc = nowUtc, ByUserId = userId, ByName = byName,
            RestoredFromVersionId = restoredFromVersionId,
        });
    }

    public void Restore(SitePageVersion version, DateTime nowUtc, string? userId, string byName)
    {
        ArgumentNullException.ThrowIfNull(version);
        Save(version.TitleSv, version.TitleEn, version.BodySv, version.BodyEn, nowUtc, userId, byName, version.Id);
    }

    public string Title(string language) => language == "en" ? TitleEn : TitleSv;

    public string Body(string language) => language == "en" ? BodyEn : BodySv;
}

/// <summary>A page's content as it was saved once, with who saved it and when.</summary>
public sealed class SitePageVersion
{
    public int Id { get; set; }
    public int PageId { get; set; }
    public string TitleSv { get; set; } = "";
    public string TitleEn { get; set; } = "";
    public string BodySv { get; set; } = "";
    public string BodyEn { get; set; } = "";
    public DateTime SavedAtUtc { get; set; }
    public string? ByUserId { get; set; }

    /// <summary>The name at the time, kept even if the account is removed.</summary>
    public string ByName { get; set; } = "";

    /// <summary>Set when this version brought back an older one.</summary>
    public int? RestoredFromVersionId { get; set; }
}
