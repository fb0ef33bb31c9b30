using Markdig;
using Microsoft.AspNetCore.Html;

namespace Ecomuna.Core.Site;

/// <summary>
/// The one place Markdown written by users becomes HTML: raw HTML is shown as text, and every link, image and
/// autolink that is not http, https, mailto or a path on this site points nowhere.
/// </summary>
public static class SafeMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    public static HtmlString ToHtml(string? markdown)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var renderer = new Markdig.Renderers.HtmlRenderer(writer) { LinkRewriter = url => IsSafe(url) ? url : "#" };
        Pipeline.Setup(renderer);
        renderer.Render(Markdown.Parse(markdown ?? "", Pipeline));
        writer.Flush();
        return new HtmlString(writer.ToString());
    }

    /// <summary>The Markdown as plain text, for summaries in feeds and meta tags.</summary>
    public static string ToPlainText(string? markdown) => Markdown.ToPlainText(markdown ?? "", Pipeline).Trim();

    public static bool IsSafe(string? url)
    {
        var trimmed = url?.Trim() ?? "";
        return trimmed.Length == 0
            || trimmed.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith('#')
            || (trimmed.StartsWith('/') && !trimmed.StartsWith("//", StringComparison.Ordinal) && !trimmed.StartsWith("/\\", StringComparison.Ordinal));
    }
}
