using System.Text;
using System.Xml;
using System.Xml.Linq;
using Ecomuna.Core.Events;
using Ecomuna.Core.Examples;
using Ecomuna.Core.Newsletters;
using Ecomuna.Core.Site;
using Ecomuna.Web.Pages.Site;

namespace Ecomuna.Web.Pages;

/// <summary>
/// The public pages for search engines (sitemaps.org 0.9): the fixed pages, the about pages, partner networks,
/// public events, published good examples and published news. Drafts and members-only things are left out.
/// </summary>
[AllowAnonymous]
public sealed class SitemapModel(EcomunaDbContext db, TimeProvider clock) : PageModel
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static readonly string[] FixedPages =
    [
        "/", "/News", "/About", "/International", "/Members", "/Network", "/Events", "/Examples", "/Examples/Initiatives", "/Indicators",
        "/Governance", "/Join/Membership", "/Join/Network", "/Accessibility/Report", "/Newsletters", "/Newsletters/Subscribe",
        "/Privacy",
    ];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var urls = new List<(string Path, DateTime? Modified)>();
        urls.AddRange(FixedPages.Select(p => (p, (DateTime?)null)));

        var pages = await db.SitePages.AsNoTracking().Where(p => p.Slug != SiteContent.Privacy).OrderBy(p => p.Position).Select(p => new { p.Slug, p.UpdatedAtUtc }).ToListAsync(ct);
        urls.AddRange(pages.Select(p => ($"/About/{p.Slug}", (DateTime?)p.UpdatedAtUtc)));
        var partners = await db.PartnerNetworks.AsNoTracking().OrderBy(p => p.Position).Select(p => p.Slug).ToListAsync(ct);
        urls.AddRange(partners.Select(slug => ($"/International/{slug}", (DateTime?)null)));
        var news = await db.NewsPosts.AsNoTracking().Visible(now).Newest().Select(p => new { p.Id, p.UpdatedAtUtc }).ToListAsync(ct);
        urls.AddRange(news.Select(p => ($"/News/Details/{p.Id}", (DateTime?)p.UpdatedAtUtc)));
        var events = await db.Events.AsNoTracking().Where(e => e.Audience == EventAudience.Public).OrderByDescending(e => e.StartsAtUtc).Select(e => e.Id).ToListAsync(ct);
        urls.AddRange(events.Select(id => ($"/Events/Details/{id}", (DateTime?)null)));
        var examples = await db.GoodExamples.AsNoTracking().Where(e => e.Status == ExampleStatus.Published)
            .OrderByDescending(e => e.PublishedAtUtc).Select(e => new { e.Id, e.UpdatedAtUtc }).ToListAsync(ct);
        urls.AddRange(examples.Select(e => ($"/Examples/Details/{e.Id}", (DateTime?)e.UpdatedAtUtc)));

        var newsletters = await db.Newsletters.AsNoTracking().Where(n => n.Status == NewsletterStatus.Sent)
            .OrderByDescending(n => n.SentAtUtc).Select(n => new { n.Id, n.SentAtUtc }).ToListAsync(ct);
        urls.AddRange(newsletters.Select(n => ($"/Newsletters/View/{n.Id}", n.SentAtUtc)));

        var site = SiteUrls.Base(Request);
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement(Ns + "urlset", urls.Select(u => new XElement(Ns + "url",
                new XElement(Ns + "loc", site + u.Path),
                u.Modified is { } modified ? new XElement(Ns + "lastmod", modified.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null))));

        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, Async = true };
        using var buffer = new MemoryStream();
        await using (var writer = XmlWriter.Create(buffer, settings))
        {
            await document.SaveAsync(writer, ct);
        }

        return File(buffer.ToArray(), "application/xml; charset=utf-8");
    }
}
