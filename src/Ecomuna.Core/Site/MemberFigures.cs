using Ecomuna.Core.Members;

namespace Ecomuna.Core.Site;

/// <summary>The network in two figures: active members, and how many people live in a Swedish member municipality.</summary>
public sealed record MemberFigures(int ActiveMembers, long SwedishMunicipalityPopulation)
{
    /// <summary>Counted and summed in the database: each active Swedish member municipality's latest population figure.</summary>
    public static async Task<MemberFigures> ComputeAsync(EcomunaDbContext db, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var active = await db.Members.CountAsync(m => m.Status == MembershipStatus.Active, ct);
        var population = await db.PopulationFigures
            .Where(p => db.Members.Any(m => m.Id == p.MemberId && m.Status == MembershipStatus.Active && m.Kind == MemberKind.Municipality && m.CountryCode == "SE")
                && p.Year == db.PopulationFigures.Where(q => q.MemberId == p.MemberId).Max(q => q.Year))
            .SumAsync(p => (long)p.Population, ct);
        return new MemberFigures(active, population);
    }

    /// <summary>The share, 0–1, of <paramref name="swedenPopulation"/> (regions are left out: their people live in municipalities).</summary>
    public double ShareOf(long swedenPopulation) => swedenPopulation <= 0 ? 0 : Math.Min(1, (double)SwedishMunicipalityPopulation / swedenPopulation);
}
