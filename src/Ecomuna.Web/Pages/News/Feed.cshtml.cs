using System.Text;
using System.Xml;
using System.Xml.Linq;
using Ecomuna.Core.Site;
using Ecomuna.Web.Pages.Site;

namespace Ecomuna.Web.Pages.News;

/// <summary>The newest published news as an Atom 1.0 feed (RFC 4287), each post in the reader's language when it has it.</summary>
[AllowAnonymous]
public sealed class FeedModel(EcomunaDbContext db, TimeProvider clock, IStringLocalizer<SiteResource> text) : PageModel
{
    public const int Entries = 20;
    public const string ContentType = "application/atom+xml; charset=utf-8";

    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var language = SupportedCultures.CurrentLanguage;
        var now = clock.GetUtcNow().UtcDateTime;
        var posts = await db.NewsPosts.AsNoTracking().Visible(now).Newest().Take(Entries)
            .Select(p => new NewsPost
            {
                Id = p.Id, TitleSv = p.TitleSv, SummarySv = p.SummarySv, BodySv = p.BodySv,
                TitleEn = p.TitleEn, SummaryEn = p.SummaryEn, BodyEn = p.BodyEn, PublishAtUtc = p.PublishAtUtc, UpdatedAtUtc = p.UpdatedAtUtc,
            })
            .ToListAsync(ct);

        var site = SiteUrls.Base(Request);
        var updated = posts.Count == 0 ? now : posts.Max(p => Later(p));
        var feed = new XElement(Atom + "feed",
            new XAttribute(XNamespace.Xml + "lang", language),
            new XElement(Atom + "id", $"{site}/News/Feed"),
            new XElement(Atom + "title", text["News.FeedTitle"].Value),
            new XElement(Atom + "subtitle", text["News.Lead"].Value),
            new XElement(Atom + "updated", Timestamp(updated)),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("type", "application/atom+xml"), new XAttribute("href", $"{site}/News/Feed")),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", $"{site}/News")),
            new XElement(Atom + "author", new XElement(Atom + "name", "Ecomuna")),
            posts.Select(p =>
            {
                var post = NewsText.For(p, language);
                return new XElement(Atom + "entry",
                    new XAttribute(XNamespace.Xml + "lang", post.Language),
                    new XElement(Atom + "id", $"{site}/News/Details/{p.Id}"),
                    new XElement(Atom + "title", post.Title),
                    new XElement(Atom + "published", Timestamp(p.PublishAtUtc)),
                    new XElement(Atom + "updated", Timestamp(Later(p))),
                    new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", $"{site}/News/Details/{p.Id}")),
                    new XElement(Atom + "summary", post.Summary),
                    new XElement(Atom + "content", new XAttribute("type", "html"), SafeMarkdown.ToHtml(post.Body).Value));
            }));

        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, Async = true };
        using var buffer = new MemoryStream();
        await using (var writer = XmlWriter.Create(buffer, settings))
        {
            await new XDocument(new XDeclaration("1.0", "utf-8", null), feed).SaveAsync(writer, ct);
        }

        return File(buffer.ToArray(), ContentType);
    }

    /// <summary>A post due later than its last edit counts as updated when it appears.</summary>
    private static DateTime Later(NewsPost post) => post.PublishAtUtc > post.UpdatedAtUtc ? post.PublishAtUtc : post.UpdatedAtUtc;

    private static string Timestamp(DateTime utc) => utc.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
