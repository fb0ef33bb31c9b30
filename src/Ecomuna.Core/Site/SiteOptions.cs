using System.ComponentModel.DataAnnotations;

namespace Ecomuna.Core.Site;

/// <summary>Settings of the public site; bound from the "Site" section.</summary>
public sealed class SiteOptions
{
    public const string Section = "Site";

    /// <summary>
    /// Sweden's population, for the share living in a member municipality. The default is Statistics Sweden's (SCB)
    /// figure for 31 December 2024; set Site:SwedenPopulation when SCB publishes a newer one.
    /// </summary>
    [Range(1, 100_000_000, ErrorMessage = "Site:SwedenPopulation (env Site__SwedenPopulation) must be Sweden's population, e.g. 10587710.")]
    public long SwedenPopulation { get; set; } = 10_587_710;

    /// <summary>Where the figure comes from, shown next to the share.</summary>
    public string SwedenPopulationSource { get; set; } = "SCB, 2024-12-31";
}
