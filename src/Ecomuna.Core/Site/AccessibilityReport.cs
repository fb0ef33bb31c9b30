namespace Ecomuna.Core.Site;

/// <summary>A visitor's report of a part of the site they could not use, for the secretariat to answer and fix.</summary>
public sealed class AccessibilityReport
{
    public int Id { get; set; }

    /// <summary>The address or name of the page the problem is on, as the visitor wrote it.</summary>
    public string Page { get; set; } = "";

    public string Description { get; set; } = "";
    public string? Name { get; set; }

    /// <summary>Where to answer; the visitor may stay anonymous.</summary>
    public string? Email { get; set; }

    /// <summary>"sv" or "en", the language the visitor wrote in.</summary>
    public string Language { get; set; } = "sv";

    public DateTime ReceivedAtUtc { get; set; }
    public DateTime? HandledAtUtc { get; set; }
    public string? HandledBy { get; set; }
}
