namespace Ecomuna.Web.Pages.Admin.International;

/// <summary>The partner networks and the cooperation timeline, to add to and correct.</summary>
public sealed class IndexModel(EcomunaDbContext db) : PageModel
{
    public IReadOnlyList<PartnerRow> Partners { get; private set; } = [];
    public IReadOnlyList<EntryRow> Entries { get; private set; } = [];

    public sealed record PartnerRow(int Id, string Name, string Slug, string CountrySv, int Entries);

    public sealed record EntryRow(int Id, int Year, string TextSv, string? PartnerName);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Partners = await db.PartnerNetworks.AsNoTracking().OrderBy(p => p.Position).ThenBy(p => p.Name)
            .Select(p => new PartnerRow(p.Id, p.Name, p.Slug, p.CountrySv, db.CooperationEntries.Count(e => e.PartnerId == p.Id)))
            .ToListAsync(ct);
        Entries = await db.CooperationEntries.AsNoTracking().OrderByDescending(e => e.Year).ThenByDescending(e => e.Id)
            .Select(e => new EntryRow(e.Id, e.Year, e.TextSv, e.Partner!.Name))
            .ToListAsync(ct);
    }
}
