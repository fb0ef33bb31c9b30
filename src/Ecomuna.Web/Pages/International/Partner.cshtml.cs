using Ecomuna.Core.Site;

namespace Ecomuna.Web.Pages.International;

/// <summary>One partner network: what it is, where, whom to contact, and what we have done together.</summary>
[AllowAnonymous]
public sealed class PartnerModel(EcomunaDbContext db) : PageModel
{
    public PartnerNetwork Partner { get; private set; } = null!;
    public IReadOnlyList<CooperationEntry> Entries { get; private set; } = [];
    public string Language => SupportedCultures.CurrentLanguage;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var partner = await db.PartnerNetworks.AsNoTracking().SingleOrDefaultAsync(p => p.Slug == slug, ct);
        if (partner is null)
        {
            return NotFound();
        }

        Partner = partner;
        Entries = await db.CooperationEntries.AsNoTracking().Where(e => e.PartnerId == partner.Id).OrderBy(e => e.Year).ThenBy(e => e.Id).ToListAsync(ct);
        return Page();
    }
}
