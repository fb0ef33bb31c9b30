namespace Ecomuna.Web.Pages.Admin.Fees;

/// <summary>The fee schedules, one per year, as the annual meetings decided them.</summary>
public sealed class IndexModel(EcomunaDbContext db) : PageModel
{
    public IReadOnlyList<ScheduleRow> Schedules { get; private set; } = [];

    public sealed record ScheduleRow(int Year, DateOnly? DecidedOn, decimal MunicipalityFixedFee, decimal MunicipalityFeePerInhabitant, int PopulationCap, decimal RegionFee, decimal VatRate, bool IsLocked);

    public async Task OnGetAsync(CancellationToken ct) =>
        Schedules = await db.FeeSchedules
            .OrderByDescending(s => s.Year)
            .Select(s => new ScheduleRow(s.Year, s.DecidedOn, s.MunicipalityFixedFee, s.MunicipalityFeePerInhabitant, s.PopulationCap, s.RegionFee, s.VatRate,
                db.Invoices.Any(i => i.FeeScheduleId == s.Id)))
            .ToListAsync(ct);
}
