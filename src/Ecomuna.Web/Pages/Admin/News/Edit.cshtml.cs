using Ecomuna.Core.Examples;
using Ecomuna.Core.Site;
using Ecomuna.Web.Pages.Site;

namespace Ecomuna.Web.Pages.Admin.News;

/// <summary>
/// Writes a news post in Swedish, English or both, with a picture whose type is read from its content and a text
/// saying what it shows in each language; a draft stays hidden, a published post appears on its publish date.
/// </summary>
[RequestSizeLimit(ExampleImage.MaxBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = ExampleImage.MaxBytes + 1024 * 1024)]
public sealed class EditModel(EcomunaDbContext db, TimeProvider clock, IStringLocalizer<SiteResource> text) : PageModel
{
    public const int MaxMegabytes = ExampleImage.MaxBytes / 1024 / 1024;

    [BindProperty]
    public PostInput Input { get; set; } = new();

    [BindProperty]
    [Display(Name = "Field.News.Image")]
    public IFormFile? Upload { get; set; }

    public int? Id { get; private set; }

    public bool HasImage { get; private set; }

    public sealed class PostInput
    {
        [MaxLength(200, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.News.TitleSv")]
        public string? TitleSv { get; set; }

        [MaxLength(600, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.News.SummarySv")]
        public string? SummarySv { get; set; }

        [MaxLength(30_000, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.News.BodySv")]
        public string? BodySv { get; set; }

        [MaxLength(300, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.News.ImageAltSv")]
        public string? ImageAltSv { get; set; }

        [MaxLength(200, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.News.TitleEn")]
        public string? TitleEn { get; set; }

        [MaxLength(600, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.News.SummaryEn")]
        public string? SummaryEn { get; set; }

        [MaxLength(30_000, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.News.BodyEn")]
        public string? BodyEn { get; set; }

        [MaxLength(300, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.News.ImageAltEn")]
        public string? ImageAltEn { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Field.News.PublishOn")]
        public DateOnly? PublishOn { get; set; }

        [Display(Name = "Field.News.IsPublished")]
        public bool IsPublished { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        if (id is null)
        {
            Input.PublishOn = SwedishTime.DateOf(clock.GetUtcNow().UtcDateTime);
            return Page();
        }

        var post = await db.NewsPosts.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new PostInput
            {
                TitleSv = p.TitleSv, SummarySv = p.SummarySv, BodySv = p.BodySv, ImageAltSv = p.ImageAltSv,
                TitleEn = p.TitleEn, SummaryEn = p.SummaryEn, BodyEn = p.BodyEn, ImageAltEn = p.ImageAltEn,
                IsPublished = p.IsPublished, PublishOn = null,
            })
            .SingleOrDefaultAsync(ct);
        if (post is null)
        {
            return NotFound();
        }

        var publishAt = await db.NewsPosts.Where(p => p.Id == id).Select(p => p.PublishAtUtc).SingleAsync(ct);
        post.PublishOn = SwedishTime.DateOf(publishAt);
        (Input, Id, HasImage) = (post, id, true);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        NewsPost? post = null;
        if (id is not null)
        {
            post = await db.NewsPosts.SingleOrDefaultAsync(p => p.Id == id, ct);
            if (post is null)
            {
                return NotFound();
            }
        }

        (Id, HasImage) = (id, post is not null);
        RequireLanguage("Sv", Input.TitleSv, Input.SummarySv, Input.BodySv, Input.ImageAltSv);
        RequireLanguage("En", Input.TitleEn, Input.SummaryEn, Input.BodyEn, Input.ImageAltEn);
        if (string.IsNullOrWhiteSpace(Input.TitleSv) && string.IsNullOrWhiteSpace(Input.TitleEn))
        {
            ModelState.AddModelError("Input.TitleSv", text["AdminNews.OneLanguage"]);
        }

        var image = await ReadImageAsync(required: post is null, ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (post is null)
        {
            post = new NewsPost { CreatedAtUtc = now };
            db.NewsPosts.Add(post);
        }

        post.TitleSv = Clean(Input.TitleSv);
        post.TitleEn = Clean(Input.TitleEn);
        (post.SummarySv, post.BodySv, post.ImageAltSv) = post.TitleSv is null ? (null, null, null) : (Clean(Input.SummarySv), Clean(Input.BodySv), Clean(Input.ImageAltSv));
        (post.SummaryEn, post.BodyEn, post.ImageAltEn) = post.TitleEn is null ? (null, null, null) : (Clean(Input.SummaryEn), Clean(Input.BodyEn), Clean(Input.ImageAltEn));
        post.IsPublished = Input.IsPublished;
        post.PublishAtUtc = SwedishTime.StartOfDayUtc(Input.PublishOn!.Value);
        post.UpdatedAtUtc = now;
        if (image is not null)
        {
            (post.ImageContent, post.ImageContentType, post.ImageWidth, post.ImageHeight) = image.Value;
        }

        await db.SaveChangesAsync(ct);
        TempData["StatusMessage"] = text["AdminNews.Saved"].Value;
        return RedirectToPage("Edit", new { id = post.Id });
    }

    /// <summary>A language is all or nothing: with a title, the summary, the text and the picture's description are needed too.</summary>
    private void RequireLanguage(string language, string? title, string? summary, string? body, string? alt)
    {
        if (string.IsNullOrWhiteSpace(title) && string.IsNullOrWhiteSpace(summary) && string.IsNullOrWhiteSpace(body) && string.IsNullOrWhiteSpace(alt))
        {
            return;
        }

        foreach (var (field, value) in new[] { ("Title", title), ("Summary", summary), ("Body", body), ("ImageAlt", alt) })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                ModelState.AddModelError($"Input.{field}{language}", text[$"AdminNews.Missing.{field}{language}"]);
            }
        }
    }

    private async Task<(byte[] Content, string ContentType, int Width, int Height)?> ReadImageAsync(bool required, CancellationToken ct)
    {
        if (Upload is null || Upload.Length == 0)
        {
            if (required)
            {
                ModelState.AddModelError(nameof(Upload), text["AdminNews.ChooseImage"]);
            }

            return null;
        }

        if (Upload.Length > ExampleImage.MaxBytes)
        {
            ModelState.AddModelError(nameof(Upload), text["AdminNews.ImageTooLarge", MaxMegabytes]);
            return null;
        }

        using var buffer = new MemoryStream();
        await using (var stream = Upload.OpenReadStream())
        {
            await stream.CopyToAsync(buffer, ct);
        }

        var content = buffer.ToArray();
        if (ImageInspector.Inspect(content) is not { } info)
        {
            ModelState.AddModelError(nameof(Upload), text["AdminNews.NotAnImage"]);
            return null;
        }

        return (content, info.ContentType, info.Width, info.Height);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
