namespace Ecomuna.Web.Pages.Admin.Members;

/// <summary>The secretariat corrects a member's details.</summary>
public sealed class EditModel(EcomunaDbContext db, IStringLocalizer<SharedResource> shared, IStringLocalizer<MembersResource> text) : PageModel
{
    [BindProperty]
    public MemberInput Input { get; set; } = new();

    public string MemberName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var member = await db.Members.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, ct);
        if (member is null)
        {
            return NotFound();
        }

        MemberName = member.Name;
        Input = MemberInput.From(member);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var member = await db.Members.SingleOrDefaultAsync(m => m.Id == id, ct);
        if (member is null)
        {
            return NotFound();
        }

        MemberName = member.Name;
        await Input.ValidateAsync(ModelState, db, shared, id, ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        Input.ApplyTo(member);
        await db.SaveChangesAsync(ct);
        TempData["StatusMessage"] = text["Edit.Done", member.Name].Value;
        return RedirectToPage("Details", new { id });
    }
}
