using Ecomuna.Core.Examples;
using Microsoft.Net.Http.Headers;

namespace Ecomuna.Web.Pages.Examples;

/// <summary>
/// A picture of an example, with the media type found in its content when it was uploaded. A picture never changes
/// under its id (a new upload gets a new one), so browsers may keep a published one; others are not stored by caches.
/// </summary>
[AllowAnonymous]
public sealed class ImageModel(EcomunaDbContext db, UserManager<AppUser> users) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var owner = await db.ExampleImages.AsNoTracking().Where(i => i.Id == id)
            .Select(i => new { Status = db.GoodExamples.Where(e => e.Id == i.ExampleId).Select(e => e.Status).Single(),
                MemberId = db.GoodExamples.Where(e => e.Id == i.ExampleId).Select(e => e.MemberId).Single(), i.UploadedAtUtc })
            .SingleOrDefaultAsync(ct);
        if (owner is null || !await ExampleAccess.MaySeeAsync(db, users, User, owner.Status, owner.MemberId))
        {
            return NotFound();
        }

        var image = await db.ExampleImages.AsNoTracking().Where(i => i.Id == id).Select(i => new { i.ContentType, i.Content }).SingleAsync(ct);
        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.CacheControl = owner.Status == ExampleStatus.Published ? "public, max-age=86400" : "private, no-cache";
        Response.Headers.ContentSecurityPolicy = "default-src 'none'";
        return new FileContentResult(image.Content, image.ContentType)
        {
            LastModified = new DateTimeOffset(owner.UploadedAtUtc, TimeSpan.Zero),
            EntityTag = new EntityTagHeaderValue($"\"image-{id}\""),
        };
    }
}
