using System.Text;
using System.Xml;
using System.Xml.Linq;
using Ecomuna.Core.Examples;
using Ecomuna.Core.Site;

namespace Ecomuna.Web.Pages.Examples;

/// <summary>The newest published good examples as an Atom 1.0 feed (RFC 4287), for feed readers and other sites.</summary>
[AllowAnonymous]
public sealed class FeedModel(EcomunaDbContext db, TimeProvider clock, IStringLocalizer<ExamplesResource> text) : PageModel
{
    public const int Entries = 30;
    public const string ContentType = "application/atom+xml; charset=utf-8";

    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var english = Ecomuna.Core.Localization.SupportedCultures.CurrentLanguage == "en";
        var examples = await ExampleQueries.Newest(db.GoodExamples.Where(e => e.Status == ExampleStatus.Published))
            .Take(Entries)
            .Select(e => new
            {
                e.Id, e.Title, e.Summary, e.Body, MemberName = e.Member!.Name, e.PublishedAtUtc, e.UpdatedAtUtc,
                Themes = e.Themes.Select(t => english ? t.Theme!.NameEn : t.Theme!.NameSv).ToList(),
            })
            .ToListAsync(ct);

        var site = $"{Request.Scheme}://{Request.Host}{Request.PathBase}";
        var updated = examples.Count == 0 ? clock.GetUtcNow().UtcDateTime : examples.Max(e => Later(e.UpdatedAtUtc, e.PublishedAtUtc));
        var feed = new XElement(Atom + "feed",
            new XAttribute(XNamespace.Xml + "lang", english ? "en" : "sv"),
            new XElement(Atom + "id", $"{site}/Examples/Feed"),
            new XElement(Atom + "title", text["Feed.Title"].Value),
            new XElement(Atom + "subtitle", text["List.Lead"].Value),
            new XElement(Atom + "updated", Timestamp(updated)),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("type", "application/atom+xml"), new XAttribute("href", $"{site}/Examples/Feed")),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", $"{site}/Examples")),
            new XElement(Atom + "author", new XElement(Atom + "name", "Ecomuna")),
            examples.Select(e => new XElement(Atom + "entry",
                new XElement(Atom + "id", $"{site}/Examples/Details/{e.Id}"),
                new XElement(Atom + "title", e.Title),
                new XElement(Atom + "published", Timestamp(e.PublishedAtUtc ?? e.UpdatedAtUtc)),
                new XElement(Atom + "updated", Timestamp(Later(e.UpdatedAtUtc, e.PublishedAtUtc))),
                new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", $"{site}/Examples/Details/{e.Id}")),
                new XElement(Atom + "author", new XElement(Atom + "name", e.MemberName)),
                e.Themes.Select(theme => new XElement(Atom + "category", new XAttribute("term", theme))),
                new XElement(Atom + "summary", e.Summary),
                new XElement(Atom + "content", new XAttribute("type", "html"), SafeMarkdown.ToHtml(e.Body).Value))));

        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, Async = true };
        using var buffer = new MemoryStream();
        await using (var writer = XmlWriter.Create(buffer, settings))
        {
            await new XDocument(new XDeclaration("1.0", "utf-8", null), feed).SaveAsync(writer, ct);
        }

        return File(buffer.ToArray(), ContentType);
    }

    private static DateTime Later(DateTime updated, DateTime? published) => published is { } p && p > updated ? p : updated;

    private static string Timestamp(DateTime utc) => utc.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
