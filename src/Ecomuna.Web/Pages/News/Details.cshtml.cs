using Ecomuna.Core.Site;
using Microsoft.AspNetCore.OutputCaching;

namespace Ecomuna.Web.Pages.News;

/// <summary>One news post. A draft or a post not yet due exists only for the secretariat, who sees it as a preview.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.Policy, Tags = [PublicPageCache.Site])]
public sealed class DetailsModel(EcomunaDbContext db, TimeProvider clock) : PageModel
{
    public int Id { get; private set; }
    public NewsText Text { get; private set; } = null!;
    public DateTime PublishAtUtc { get; private set; }
    public bool IsVisible { get; private set; }
    public int ImageWidth { get; private set; }
    public int ImageHeight { get; private set; }
    public string ImageUrl { get; private set; } = "";

    /// <summary>The post is shown in the other language, for want of one in the visitor's.</summary>
    public bool InOtherLanguage => Text.Language != SupportedCultures.CurrentLanguage;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var post = await db.NewsPosts.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new NewsPost
            {
                Id = p.Id, TitleSv = p.TitleSv, SummarySv = p.SummarySv, BodySv = p.BodySv, ImageAltSv = p.ImageAltSv,
                TitleEn = p.TitleEn, SummaryEn = p.SummaryEn, BodyEn = p.BodyEn, ImageAltEn = p.ImageAltEn,
                IsPublished = p.IsPublished, PublishAtUtc = p.PublishAtUtc, ImageWidth = p.ImageWidth, ImageHeight = p.ImageHeight, UpdatedAtUtc = p.UpdatedAtUtc,
            })
            .SingleOrDefaultAsync(ct);
        if (post is null)
        {
            return NotFound();
        }

        IsVisible = post.IsPublished && post.PublishAtUtc <= clock.GetUtcNow().UtcDateTime;
        if (!IsVisible && !User.IsInRole(Roles.Admin))
        {
            return NotFound();
        }

        (Id, PublishAtUtc, ImageWidth, ImageHeight) = (post.Id, post.PublishAtUtc, post.ImageWidth, post.ImageHeight);
        ImageUrl = NewsImage.Url(post.Id, post.UpdatedAtUtc);
        Text = NewsText.For(post, SupportedCultures.CurrentLanguage);
        return Page();
    }
}
