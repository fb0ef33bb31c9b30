using Ecomuna.Core.Site;
using Microsoft.Net.Http.Headers;

namespace Ecomuna.Web.Pages.News;

/// <summary>Addresses of news pictures, with a version that changes whenever the post is saved.</summary>
public static class NewsImage
{
    public static string Version(DateTime updatedAtUtc) => updatedAtUtc.Ticks.ToString("x", System.Globalization.CultureInfo.InvariantCulture);

    public static string Url(int id, DateTime updatedAtUtc) => $"/News/Image/{id}?v={Version(updatedAtUtc)}";
}

/// <summary>The picture of a news post, for whoever may read the post; the secretariat's previews are not cached.</summary>
[AllowAnonymous]
public sealed class ImageModel(EcomunaDbContext db, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var image = await db.NewsPosts.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new { Visible = p.IsPublished && p.PublishAtUtc <= now, p.ImageContentType, p.ImageContent, p.UpdatedAtUtc })
            .SingleOrDefaultAsync(ct);
        if (image is null || (!image.Visible && !User.IsInRole(Roles.Admin)))
        {
            return NotFound();
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.CacheControl = !image.Visible ? "private, no-cache"
            : Request.Query["v"] == NewsImage.Version(image.UpdatedAtUtc) ? "public, max-age=31536000, immutable" : "public, max-age=86400";
        Response.Headers.ContentSecurityPolicy = "default-src 'none'";
        return new FileContentResult(image.ImageContent, image.ImageContentType)
        {
            LastModified = new DateTimeOffset(image.UpdatedAtUtc, TimeSpan.Zero),
            EntityTag = new EntityTagHeaderValue($"\"news-{id}-{image.UpdatedAtUtc.Ticks}\""),
        };
    }
}
