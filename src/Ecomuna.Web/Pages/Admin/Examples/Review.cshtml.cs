using Ecomuna.Core.Audit;
using Ecomuna.Core.Examples;
using Ecomuna.Web.Pages.Examples;

namespace Ecomuna.Web.Pages.Admin.Examples;

/// <summary>
/// One example for the secretariat: read it, publish it, return it with a comment or unpublish it (the author is
/// mailed each time), see its history, and name it initiative of the year.
/// </summary>
public sealed class ReviewModel(
    EcomunaDbContext db, UserManager<AppUser> users, ExampleMail mail, TimeProvider clock, SwedishTime swedishTime, AuditLog audit, IStringLocalizer<ExamplesResource> text) : PageModel
{
    public ExampleView Example { get; private set; } = null!;

    public IReadOnlyList<ExampleStatusChange> History { get; private set; } = [];

    /// <summary>Who was named initiative of the year the year the form offers, when it is another example.</summary>
    public string? CurrentWinnerOfAwardYear { get; private set; }

    [BindProperty]
    [MaxLength(2000, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.Example.Comment")]
    public string? Comment { get; set; }

    [BindProperty]
    [Range(1990, 2100, ErrorMessage = "Validation.Year")]
    [Display(Name = "Field.Example.AwardYear")]
    public int? AwardYear { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        AwardYear = swedishTime.Year;
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostPublishAsync(int id, CancellationToken ct) =>
        DecideAsync(id, (example, now, userId, name) => example.Publish(now, userId, name, Comment), ct);

    public Task<IActionResult> OnPostReturnAsync(int id, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Comment))
        {
            ModelState.AddModelError(nameof(Comment), text["Review.CommentNeeded"]);
        }

        return DecideAsync(id, (example, now, userId, name) => example.Return(now, userId, name, Comment!), ct);
    }

    public Task<IActionResult> OnPostUnpublishAsync(int id, CancellationToken ct) =>
        DecideAsync(id, (example, now, userId, name) => example.Unpublish(now, userId, name, Comment), ct);

    /// <summary>Names the example initiative of the year, in place of any other example named for that year.</summary>
    public async Task<IActionResult> OnPostAwardAsync(int id, CancellationToken ct)
    {
        var example = await db.GoodExamples.SingleOrDefaultAsync(e => e.Id == id, ct);
        if (example is null)
        {
            return NotFound();
        }

        if (AwardYear is null)
        {
            ModelState.AddModelError(nameof(AwardYear), text["Review.AwardYearNeeded"]);
        }

        if (example.Status != ExampleStatus.Published)
        {
            ModelState.AddModelError(nameof(AwardYear), text["Review.AwardOnlyPublished"]);
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(id, ct);
            return Page();
        }

        var year = AwardYear!.Value;
        db.InitiativesOfTheYear.RemoveRange(db.InitiativesOfTheYear.Where(i => i.Year == year || i.ExampleId == id));
        await db.SaveChangesAsync(ct);
        db.InitiativesOfTheYear.Add(new InitiativeOfTheYear
        {
            Year = year, ExampleId = id, NamedAtUtc = clock.GetUtcNow().UtcDateTime, NamedBy = await NameAsync(ct),
        });
        await db.SaveChangesAsync(ct);
        TempData["StatusMessage"] = text["Review.Awarded", example.Title, year].Value;
        return RedirectToPage("Review", new { id });
    }

    public async Task<IActionResult> OnPostRemoveAwardAsync(int id, CancellationToken ct)
    {
        var award = await db.InitiativesOfTheYear.SingleOrDefaultAsync(i => i.ExampleId == id, ct);
        if (award is null)
        {
            return NotFound();
        }

        db.InitiativesOfTheYear.Remove(award);
        await audit.RecordAsync(
            AuditKind.Deleted, $"Removed the initiative of the year {award.Year} from good example {id}",
            new AuditTarget("GoodExample", id.ToString(CultureInfo.InvariantCulture)), ct: ct);
        await db.SaveChangesAsync(ct);
        TempData["StatusMessage"] = text["Review.AwardRemoved", award.Year].Value;
        return RedirectToPage("Review", new { id });
    }

    private async Task<IActionResult> DecideAsync(int id, Func<GoodExample, DateTime, string?, string, bool> decide, CancellationToken ct)
    {
        var example = await db.GoodExamples.SingleOrDefaultAsync(e => e.Id == id, ct);
        if (example is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(id, ct);
            return Page();
        }

        if (!decide(example, clock.GetUtcNow().UtcDateTime, users.GetUserId(User), await NameAsync(ct)))
        {
            TempData["WarningMessage"] = text["Review.NotNow", text[$"Status.{example.Status}"]].Value;
            return RedirectToPage("Review", new { id });
        }

        await mail.QueueDecisionAsync(example, Comment, Url, Request.Scheme, ct);
        await db.SaveChangesAsync(ct);
        TempData["StatusMessage"] = text[$"Review.Done.{example.Status}", example.Title].Value;
        return RedirectToPage("Review", new { id });
    }

    private async Task<string> NameAsync(CancellationToken ct)
    {
        var userId = users.GetUserId(User);
        var user = await db.Users.Where(u => u.Id == userId).Select(u => new { u.DisplayName, u.Email }).SingleAsync(ct);
        return string.IsNullOrWhiteSpace(user.DisplayName) ? user.Email ?? "" : user.DisplayName;
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var example = await ExampleView.LoadAsync(db, id, ct);
        if (example is null)
        {
            return false;
        }

        Example = example;
        History = await db.ExampleHistory.AsNoTracking().Where(h => h.ExampleId == id).OrderBy(h => h.Id).ToListAsync(ct);
        if (AwardYear is { } year)
        {
            CurrentWinnerOfAwardYear = await db.InitiativesOfTheYear.Where(i => i.Year == year && i.ExampleId != id)
                .Select(i => i.Example!.Title).FirstOrDefaultAsync(ct);
        }

        return true;
    }
}
