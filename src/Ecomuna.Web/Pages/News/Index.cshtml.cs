using Ecomuna.Core.Site;
using Microsoft.AspNetCore.OutputCaching;

namespace Ecomuna.Web.Pages.News;

/// <summary>The published news, newest first, a page at a time.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.Policy, Tags = [PublicPageCache.Site])]
public sealed class IndexModel(EcomunaDbContext db, TimeProvider clock) : ListPageModel
{
    public const int PageSize = 10;

    public Page<NewsCard> Rows { get; private set; } = Paging.Empty<NewsCard>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        var visible = db.NewsPosts.Visible(clock.GetUtcNow().UtcDateTime);
        Rows = await NewsCard.Project(visible.Newest(), SupportedCultures.CurrentLanguage).ToPageAsync(PageNo, PageSize, ct);
        PageNo = Rows.Number;
    }

    public static ListRoute RouteFor(int page) => new ListRoute().WithPage("pageNo", page);
}

/// <summary>A post in a list, in the visitor's language when it has one; <see cref="Language"/> says which it is in.</summary>
public sealed record NewsCard(int Id, string Language, string Title, string Summary, string ImageAlt, int ImageWidth, int ImageHeight, DateTime PublishAtUtc, DateTime UpdatedAtUtc)
{
    /// <summary>The picture's address; it changes when the post does, so browsers may keep it for good.</summary>
    public string ImageUrl => NewsImage.Url(Id, UpdatedAtUtc);

    public static IQueryable<NewsCard> Project(IQueryable<NewsPost> posts, string language)
    {
        var english = language == "en";
        return posts.Select(p => (english ? p.TitleEn != null : p.TitleSv == null)
            ? new NewsCard(p.Id, "en", p.TitleEn!, p.SummaryEn ?? "", p.ImageAltEn ?? "", p.ImageWidth, p.ImageHeight, p.PublishAtUtc, p.UpdatedAtUtc)
            : new NewsCard(p.Id, "sv", p.TitleSv!, p.SummarySv ?? "", p.ImageAltSv ?? "", p.ImageWidth, p.ImageHeight, p.PublishAtUtc, p.UpdatedAtUtc));
    }
}
