using Ecomuna.Core.Examples;
using Ecomuna.Core.Site;
using Ecomuna.Web.Pages.Examples;
using Microsoft.AspNetCore.Html;

namespace Ecomuna.Web.Pages.Organisation.Examples;

/// <summary>
/// Writing a good example of one's own member: save a draft, preview the text, submit it to the secretariat, or
/// delete a draft. An example of another member does not exist here; one the secretariat has is shown but not changed.
/// </summary>
public sealed class EditModel(EcomunaDbContext db, UserManager<AppUser> users, TimeProvider clock, SwedishTime swedishTime, IStringLocalizer<ExamplesResource> text) : PageModel
{
    [BindProperty]
    public ExampleInput Input { get; set; } = new();

    public int? ExampleId { get; private set; }

    public ExampleStatus Status { get; private set; } = ExampleStatus.Draft;

    public bool IsEditable { get; private set; } = true;

    public bool IsDeletable { get; private set; }

    /// <summary>What the secretariat said when it last returned or unpublished the example.</summary>
    public string? LastComment { get; private set; }

    public HtmlString? Preview { get; private set; }

    public IReadOnlyList<ExampleAccess.ThemeOption> Themes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        if (id is null)
        {
            var userId = users.GetUserId(User);
            var user = await db.Users.Where(u => u.Id == userId).Select(u => new { u.DisplayName, u.Email }).SingleAsync(ct);
            Input = new ExampleInput { Year = swedishTime.Year, ContactName = user.DisplayName, ContactEmail = user.Email };
            Input.PadLinks();
            await LoadChoicesAsync(null, ct);
            return Page();
        }

        var example = await OwnAsync(id.Value, ct);
        if (example is null)
        {
            return NotFound();
        }

        Input.CopyFrom(example);
        await LoadChoicesAsync(example, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct) => await SaveAsync(id, submit: false, ct);

    public async Task<IActionResult> OnPostSubmitAsync(int? id, CancellationToken ct) => await SaveAsync(id, submit: true, ct);

    /// <summary>Shows the text as it will look, keeping everything typed, without saving.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(int? id, CancellationToken ct)
    {
        var example = id is null ? null : await OwnAsync(id.Value, ct);
        if (id is not null && example is null)
        {
            return NotFound();
        }

        ModelState.Clear();
        Preview = SafeMarkdown.ToHtml(Input.Body);
        Input.PadLinks();
        await LoadChoicesAsync(example, ct, keepInput: true);
        return Page();
    }

    /// <summary>The preview alone, for the page's script to show while the author types.</summary>
    public IActionResult OnPostRender() => Content(SafeMarkdown.ToHtml(Input.Body).Value ?? "", "text/html; charset=utf-8");

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        var example = await OwnAsync(id, ct);
        if (example is null)
        {
            return NotFound();
        }

        if (!example.IsDeletableByAuthor)
        {
            TempData["WarningMessage"] = text["Edit.CannotDelete"].Value;
            return RedirectToPage("Index");
        }

        db.GoodExamples.Remove(example);
        await db.SaveChangesAsync(ct);
        TempData["StatusMessage"] = text["Edit.Deleted", example.Title].Value;
        return RedirectToPage("Index");
    }

    private async Task<IActionResult> SaveAsync(int? id, bool submit, CancellationToken ct)
    {
        var example = id is null ? null : await OwnAsync(id.Value, ct);
        if (id is not null && example is null)
        {
            return NotFound();
        }

        if (example is not null && !example.IsEditableByAuthor)
        {
            TempData["WarningMessage"] = text["Edit.NotEditable"].Value;
            return RedirectToPage("Edit", new { id });
        }

        var activeThemes = await db.ExampleThemes.Where(t => t.IsActive).Select(t => t.Id).ToListAsync(ct);
        var keptThemes = example?.Themes.Select(t => t.ThemeId) ?? [];
        Input.ThemeIds = [.. Input.ThemeIds.Where(t => activeThemes.Contains(t) || keptThemes.Contains(t)).Distinct()];
        Input.Goals = [.. Input.Goals.Where(SustainableDevelopmentGoals.IsGoal).Distinct()];
        Validate();
        if (!ModelState.IsValid)
        {
            Input.PadLinks();
            await LoadChoicesAsync(example, ct, keepInput: true);
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var userId = users.GetUserId(User);
        var name = await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).SingleAsync(ct);
        if (example is null)
        {
            var memberId = await db.ActingMemberIdAsync(users, User);
            if (memberId is null)
            {
                return Forbid();
            }

            example = new GoodExample { MemberId = memberId.Value };
            example.Created(now, userId, name);
            db.GoodExamples.Add(example);
        }

        Input.CopyTo(example);
        example.UpdatedAtUtc = now;
        if (submit)
        {
            example.Submit(now, userId, name);
        }

        await db.SaveChangesAsync(ct);
        TempData["StatusMessage"] = text[submit ? "Edit.Submitted" : "Edit.Saved", example.Title].Value;
        return submit ? RedirectToPage("Index") : RedirectToPage("Edit", new { id = example.Id });
    }

    private void Validate()
    {
        if (Input.ThemeIds.Count == 0)
        {
            ModelState.AddModelError("Input.ThemeIds", text["Edit.ChooseTheme"]);
        }

        if (Input.Goals.Count == 0)
        {
            ModelState.AddModelError("Input.Goals", text["Edit.ChooseGoal"]);
        }

        for (var i = 0; i < Input.Links.Count && i < GoodExample.MaxLinks; i++)
        {
            var url = Input.Links[i].Url?.Trim();
            if (!string.IsNullOrEmpty(url) && !url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) && !url.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            {
                ModelState.AddModelError($"Input.Links[{i}].Url", text["Edit.LinkMustBeWeb"]);
            }
        }
    }

    /// <summary>The example if it belongs to the member the contact person acts for, with what the form edits.</summary>
    private async Task<GoodExample?> OwnAsync(int id, CancellationToken ct)
    {
        var memberId = await db.ActingMemberIdAsync(users, User);
        return memberId is null ? null : await db.GoodExamples
            .Include(e => e.Themes).Include(e => e.Goals).Include(e => e.Links)
            .SingleOrDefaultAsync(e => e.Id == id && e.MemberId == memberId, ct);
    }

    private async Task LoadChoicesAsync(GoodExample? example, CancellationToken ct, bool keepInput = false)
    {
        var used = example?.Themes.Select(t => t.ThemeId).ToList() ?? [];
        Themes = [.. (await ExampleAccess.ThemesAsync(db, ct)).Where(t => t.IsActive || used.Contains(t.Id))];
        if (example is null)
        {
            return;
        }

        ExampleId = example.Id;
        Status = example.Status;
        IsEditable = example.IsEditableByAuthor;
        IsDeletable = example.IsDeletableByAuthor;
        LastComment = await db.ExampleHistory
            .Where(h => h.ExampleId == example.Id && h.Comment != null && (h.To == ExampleStatus.Returned || h.To == ExampleStatus.Unpublished))
            .OrderByDescending(h => h.Id).Select(h => h.Comment).FirstOrDefaultAsync(ct);
        if (!keepInput)
        {
            Input.PadLinks();
        }
    }
}
