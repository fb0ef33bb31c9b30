using System.Text.RegularExpressions;
using Ecomuna.Core.Site;
using Ecomuna.Web.Infrastructure;

namespace Ecomuna.UnitTests.Examples;

public sealed class SafeMarkdownTests
{
    [Fact]
    public void ToHtml_RawHtml_IsShownAsText()
    {
        var html = SafeMarkdown.ToHtml("Hej <script>alert('x')</script> och <img src=x onerror=alert(1)>").Value!;

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[klicka](javascript:alert(1))")]
    [InlineData("[klicka](JaVaScRiPt:alert(1))")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("[klicka][ref]\n\n[ref]: javascript:alert(1)")]
    [InlineData("![bild](javascript:alert(1))")]
    [InlineData("[klicka](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[klicka](//evil.example/)")]
    public void ToHtml_LinkThatIsNotWebOrMail_PointsNowhere(string markdown)
    {
        var html = SafeMarkdown.ToHtml(markdown).Value!;

        var targets = Regex.Matches(html, "(?:href|src)=\"([^\"]*)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(targets);
        Assert.All(targets, target => Assert.Equal("#", target));
    }

    [Theory]
    [InlineData("[sida](https://www.sotenas.se/)", "https://www.sotenas.se/")]
    [InlineData("[mejla](mailto:info@sotenas.se)", "mailto:info@sotenas.se")]
    [InlineData("<https://www.sotenas.se/>", "https://www.sotenas.se/")]
    [InlineData("[kalendern](/Events)", "/Events")]
    public void ToHtml_WebMailAndSiteLinks_AreKept(string markdown, string href)
    {
        Assert.Contains($"href=\"{href}\"", SafeMarkdown.ToHtml(markdown).Value!, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_Markdown_BecomesHeadingsEmphasisAndLists()
    {
        var html = SafeMarkdown.ToHtml("## Resultat\n\n- **Mindre** utsläpp\n- Fler jobb").Value!;

        Assert.Contains("<h2>Resultat</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<li><strong>Mindre</strong> utsläpp</li>", html, StringComparison.Ordinal);
    }
}
