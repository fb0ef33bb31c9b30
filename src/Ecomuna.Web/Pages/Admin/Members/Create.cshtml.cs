namespace Ecomuna.Web.Pages.Admin.Members;

/// <summary>The secretariat adds a member organisation.</summary>
public sealed class CreateModel(EcomunaDbContext db, IStringLocalizer<SharedResource> shared, IStringLocalizer<MembersResource> text) : PageModel
{
    [BindProperty]
    public MemberInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await Input.ValidateAsync(ModelState, db, shared, memberId: null, ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var member = new Member();
        Input.ApplyTo(member);
        db.Members.Add(member);
        await db.SaveChangesAsync(ct);
        TempData["StatusMessage"] = text["Create.Done", member.Name].Value;
        return RedirectToPage("Details", new { id = member.Id });
    }
}
