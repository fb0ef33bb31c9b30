using Ecomuna.Core.Site;

namespace Ecomuna.Web.Pages.Site;

/// <summary>An editable page in the visitor's language, as the public sees it.</summary>
public sealed record SitePageView(string Slug, string Title, string Body, DateTime UpdatedAtUtc)
{
    public static async Task<SitePageView?> LoadAsync(EcomunaDbContext db, string slug, string language, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var english = language == "en";
        return await db.SitePages.AsNoTracking().Where(p => p.Slug == slug)
            .Select(p => new SitePageView(p.Slug, english ? p.TitleEn : p.TitleSv, english ? p.BodyEn : p.BodySv, p.UpdatedAtUtc))
            .SingleOrDefaultAsync(ct);
    }

    /// <summary>The first paragraph as plain text, cut at a word, for the meta description.</summary>
    public string Description
    {
        get
        {
            var text = SafeMarkdown.ToPlainText(Body).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? Title;
            if (text.Length <= 160)
            {
                return text;
            }

            var cut = text.LastIndexOf(' ', 157);
            return text[..(cut > 80 ? cut : 157)] + "…";
        }
    }
}
