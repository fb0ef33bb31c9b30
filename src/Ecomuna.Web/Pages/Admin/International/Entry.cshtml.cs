using Ecomuna.Core.Audit;
using Ecomuna.Core.Site;

namespace Ecomuna.Web.Pages.Admin.International;

/// <summary>Adds, changes or removes an entry of the cooperation timeline.</summary>
public sealed class EntryModel(EcomunaDbContext db, AuditLog audit, IStringLocalizer<SiteResource> text) : PageModel
{
    [BindProperty]
    public EntryInput Input { get; set; } = new();

    public int? Id { get; private set; }

    public IReadOnlyList<(int Id, string Name)> Partners { get; private set; } = [];

    public sealed class EntryInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [Range(1900, 2100, ErrorMessage = "Validation.Range")]
        [Display(Name = "Field.Entry.Year")]
        public int? Year { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [MaxLength(2000, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Entry.TextSv")]
        public string? TextSv { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [MaxLength(2000, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Entry.TextEn")]
        public string? TextEn { get; set; }

        [Display(Name = "Field.Entry.Partner")]
        public int? PartnerId { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        await LoadPartnersAsync(ct);
        if (id is null)
        {
            return Page();
        }

        var entry = await db.CooperationEntries.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, ct);
        if (entry is null)
        {
            return NotFound();
        }

        Id = id;
        Input = new EntryInput { Year = entry.Year, TextSv = entry.TextSv, TextEn = entry.TextEn, PartnerId = entry.PartnerId };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        var entry = id is null ? new CooperationEntry() : await db.CooperationEntries.SingleOrDefaultAsync(e => e.Id == id, ct);
        if (entry is null)
        {
            return NotFound();
        }

        Id = id;
        if (Input.PartnerId is { } partnerId && !await db.PartnerNetworks.AnyAsync(p => p.Id == partnerId, ct))
        {
            ModelState.AddModelError("Input.PartnerId", text["AdminInternational.NoSuchPartner"]);
        }

        if (!ModelState.IsValid)
        {
            await LoadPartnersAsync(ct);
            return Page();
        }

        (entry.Year, entry.TextSv, entry.TextEn, entry.PartnerId) = (Input.Year!.Value, Input.TextSv!.Trim(), Input.TextEn!.Trim(), Input.PartnerId);
        if (id is null)
        {
            db.CooperationEntries.Add(entry);
        }

        await db.SaveChangesAsync(ct);
        TempData["StatusMessage"] = text["AdminInternational.EntrySaved"].Value;
        return RedirectToPage("Index");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        var entry = await db.CooperationEntries.SingleOrDefaultAsync(e => e.Id == id, ct);
        if (entry is null)
        {
            return NotFound();
        }

        db.CooperationEntries.Remove(entry);
        await audit.RecordAsync(
            AuditKind.Deleted, $"Deleted international cooperation entry of {entry.Year}: {entry.TextSv}",
            new AuditTarget(nameof(CooperationEntry), id.ToString(CultureInfo.InvariantCulture)), ct: ct);
        await db.SaveChangesAsync(ct);
        TempData["StatusMessage"] = text["AdminInternational.EntryRemoved"].Value;
        return RedirectToPage("Index");
    }

    private async Task LoadPartnersAsync(CancellationToken ct)
    {
        var partners = await db.PartnerNetworks.AsNoTracking().OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync(ct);
        Partners = [.. partners.Select(p => (p.Id, p.Name))];
    }
}
