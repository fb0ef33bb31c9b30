using Ecomuna.Core.Members;

namespace Ecomuna.Core.Invoicing;

/// <summary>
/// The fees the annual meeting decided for one year. Amounts are exact decimals; a fee is rounded to whole kronor,
/// half a krona upwards. Once an issued invoice uses a schedule it can no longer change.
/// </summary>
public sealed class FeeSchedule
{
    public int Id { get; set; }
    public int Year { get; set; }

    /// <summary>The date of the annual meeting that decided these fees.</summary>
    public DateOnly? DecidedOn { get; set; }

    public decimal MunicipalityFixedFee { get; set; } = 4000m;
    public decimal MunicipalityFeePerInhabitant { get; set; } = 0.30m;

    /// <summary>Inhabitants above this number add nothing to the fee.</summary>
    public int PopulationCap { get; set; } = 150_000;

    public decimal RegionFee { get; set; } = 25_000m;

    public decimal TrainingCentreFee { get; set; }
    public decimal EducatorOrConsultantFee { get; set; }
    public decimal ResearcherFee { get; set; }
    public decimal FriendFee { get; set; }

    /// <summary>VAT on the membership fee, 0.25 for 25 %; membership fees are normally exempt.</summary>
    public decimal VatRate { get; set; }

    /// <summary>The yearly fee of a member; null when a municipality has no population for the year.</summary>
    public decimal? FeeFor(MemberKind kind, int? population) => kind switch
    {
        MemberKind.Region => WholeKronor(RegionFee),
        _ when population is { } inhabitants => WholeKronor(MunicipalityFixedFee + (MunicipalityFeePerInhabitant * Math.Min(inhabitants, PopulationCap))),
        _ => null,
    };

    public decimal NetworkFeeFor(NetworkCategory category) => WholeKronor(category switch
    {
        NetworkCategory.TrainingCentre => TrainingCentreFee,
        NetworkCategory.EducatorOrConsultant => EducatorOrConsultantFee,
        NetworkCategory.Researcher => ResearcherFee,
        _ => FriendFee,
    });

    /// <summary>Invoices are in whole kronor: 0.50 and more rounds up.</summary>
    public static decimal WholeKronor(decimal amount) => Math.Round(amount, 0, MidpointRounding.AwayFromZero);
}
