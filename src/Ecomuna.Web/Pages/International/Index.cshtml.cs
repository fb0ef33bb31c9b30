namespace Ecomuna.Web.Pages.International;

/// <summary>The partner networks abroad and the timeline of the international cooperation, year by year.</summary>
[AllowAnonymous]
public sealed class IndexModel(EcomunaDbContext db) : PageModel
{
    public IReadOnlyList<PartnerRow> Partners { get; private set; } = [];
    public IReadOnlyList<IGrouping<int, EntryRow>> Years { get; private set; } = [];

    public sealed record PartnerRow(string Slug, string Name, string Country);

    public sealed record EntryRow(int Year, string Text, string? PartnerSlug, string? PartnerName);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var english = SupportedCultures.CurrentLanguage == "en";
        Partners = await db.PartnerNetworks.AsNoTracking().OrderBy(p => p.Position).ThenBy(p => p.Name)
            .Select(p => new PartnerRow(p.Slug, p.Name, english ? p.CountryEn : p.CountrySv)).ToListAsync(ct);
        var entries = await db.CooperationEntries.AsNoTracking().OrderBy(e => e.Year).ThenBy(e => e.Id)
            .Select(e => new EntryRow(e.Year, english ? e.TextEn : e.TextSv, e.Partner!.Slug, e.Partner.Name)).ToListAsync(ct);
        Years = [.. entries.GroupBy(e => e.Year)];
    }
}
