using Ecomuna.Core.Examples;

namespace Ecomuna.Web.Pages.Organisation.Examples;

/// <summary>
/// The pictures of one of the member's own examples: up to four JPEG, PNG or WebP images, each with a text saying
/// what it shows. A file is taken for what its content is, whatever its name says.
/// </summary>
[RequestSizeLimit(ExampleImage.MaxBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = ExampleImage.MaxBytes + 1024 * 1024)]
public sealed class ImagesModel(EcomunaDbContext db, UserManager<AppUser> users, TimeProvider clock, IStringLocalizer<ExamplesResource> text) : PageModel
{
    public const int MaxMegabytes = ExampleImage.MaxBytes / 1024 / 1024;

    [BindProperty]
    [Display(Name = "Field.Example.Image")]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Validation.Required")]
    [MaxLength(300, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.Example.AltText")]
    public string? AltText { get; set; }

    public int ExampleId { get; private set; }

    public string Title { get; private set; } = "";

    public bool IsEditable { get; private set; }

    public IReadOnlyList<ImageRow> Images { get; private set; } = [];

    public sealed record ImageRow(int Id, string AltText, string ContentType, int Width, int Height);

    public bool IsFull => Images.Count >= GoodExample.MaxImages;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!IsEditable || IsFull)
        {
            ModelState.AddModelError(nameof(Upload), text[IsFull ? "Images.Full" : "Edit.NotEditable", GoodExample.MaxImages]);
            return Page();
        }

        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), text["Images.Choose"]);
        }
        else if (Upload.Length > ExampleImage.MaxBytes)
        {
            ModelState.AddModelError(nameof(Upload), text["Images.TooLarge", MaxMegabytes]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        byte[] content;
        await using (var stream = Upload!.OpenReadStream())
        using (var buffer = new MemoryStream())
        {
            await stream.CopyToAsync(buffer, ct);
            content = buffer.ToArray();
        }

        var info = ImageInspector.Inspect(content);
        if (info is null)
        {
            ModelState.AddModelError(nameof(Upload), text["Images.NotAnImage"]);
            return Page();
        }

        var position = await db.ExampleImages.Where(i => i.ExampleId == id).Select(i => (int?)i.Position).MaxAsync(ct) ?? -1;
        db.ExampleImages.Add(new ExampleImage
        {
            ExampleId = id, Position = position + 1, ContentType = info.ContentType, Width = info.Width, Height = info.Height,
            AltText = AltText!.Trim(), Content = content, UploadedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        await TouchAsync(id, ct);
        await db.SaveChangesAsync(ct);
        TempData["StatusMessage"] = text["Images.Added"].Value;
        return RedirectToPage("Images", new { id });
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, int imageId, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var image = await db.ExampleImages.SingleOrDefaultAsync(i => i.Id == imageId && i.ExampleId == id, ct);
        if (image is null || !IsEditable)
        {
            return NotFound();
        }

        db.ExampleImages.Remove(image);
        await TouchAsync(id, ct);
        await db.SaveChangesAsync(ct);
        TempData["StatusMessage"] = text["Images.Removed"].Value;
        return RedirectToPage("Images", new { id });
    }

    private async Task TouchAsync(int id, CancellationToken ct)
    {
        var example = await db.GoodExamples.SingleAsync(e => e.Id == id, ct);
        example.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
    }

    /// <summary>False when the example is not one of the member's own.</summary>
    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var memberId = await db.ActingMemberIdAsync(users, User);
        var example = await db.GoodExamples.AsNoTracking()
            .Where(e => e.Id == id && e.MemberId == memberId)
            .Select(e => new { e.Title, e.Status })
            .SingleOrDefaultAsync(ct);
        if (memberId is null || example is null)
        {
            return false;
        }

        ExampleId = id;
        Title = example.Title;
        IsEditable = example.Status is ExampleStatus.Draft or ExampleStatus.Returned or ExampleStatus.Unpublished;
        Images = await db.ExampleImages.AsNoTracking().Where(i => i.ExampleId == id).OrderBy(i => i.Position)
            .Select(i => new ImageRow(i.Id, i.AltText, i.ContentType, i.Width, i.Height)).ToListAsync(ct);
        return true;
    }
}
