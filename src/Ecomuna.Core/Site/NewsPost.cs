namespace Ecomuna.Core.Site;

/// <summary>
/// A news post of the secretariat, in Swedish, English or both. A visitor sees it once it is published and its publish
/// date has come; one written in the other language only is shown with a note saying so.
/// </summary>
public sealed class NewsPost
{
    public int Id { get; set; }

    public string? TitleSv { get; set; }
    public string? SummarySv { get; set; }

    /// <summary>Markdown, rendered with raw HTML disabled.</summary>
    public string? BodySv { get; set; }

    public string? ImageAltSv { get; set; }

    public string? TitleEn { get; set; }
    public string? SummaryEn { get; set; }
    public string? BodyEn { get; set; }
    public string? ImageAltEn { get; set; }

    /// <summary>The picture, as uploaded; its type and size were read from the content.</summary>
    public byte[] ImageContent { get; set; } = [];

    public string ImageContentType { get; set; } = "";
    public int ImageWidth { get; set; }
    public int ImageHeight { get; set; }

    public bool IsPublished { get; set; }

    /// <summary>From when a published post is shown (UTC); it is also the date the post carries.</summary>
    public DateTime PublishAtUtc { get; set; }

    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }

    public bool HasSwedish => !string.IsNullOrWhiteSpace(TitleSv);
    public bool HasEnglish => !string.IsNullOrWhiteSpace(TitleEn);
}

/// <summary>A post in one language: the one asked for when it exists, otherwise the other.</summary>
public sealed record NewsText(string Language, string Title, string Summary, string Body, string ImageAlt)
{
    public static NewsText For(NewsPost post, string language)
    {
        ArgumentNullException.ThrowIfNull(post);
        var english = language == "en" ? post.HasEnglish || !post.HasSwedish : !post.HasSwedish;
        return english
            ? new NewsText("en", post.TitleEn ?? "", post.SummaryEn ?? "", post.BodyEn ?? "", post.ImageAltEn ?? "")
            : new NewsText("sv", post.TitleSv ?? "", post.SummarySv ?? "", post.BodySv ?? "", post.ImageAltSv ?? "");
    }
}

public static class NewsQueries
{
    /// <summary>The posts the public may read at <paramref name="nowUtc"/>.</summary>
    public static IQueryable<NewsPost> Visible(this IQueryable<NewsPost> posts, DateTime nowUtc) =>
        posts.Where(p => p.IsPublished && p.PublishAtUtc <= nowUtc);

    public static IQueryable<NewsPost> Newest(this IQueryable<NewsPost> posts) =>
        posts.OrderByDescending(p => p.PublishAtUtc).ThenByDescending(p => p.Id);
}
