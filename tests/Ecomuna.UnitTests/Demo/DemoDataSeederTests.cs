using Ecomuna.Core.Demo;
using Ecomuna.Core.Members;

namespace Ecomuna.UnitTests.Demo;

public sealed class DemoDataSeederTests
{
    [Fact]
    public void ReadMembers_EmbeddedCsv_Has95Members()
    {
        Assert.Equal(95, DemoDataSeeder.ReadMembers(2025).Count);
    }

    [Fact]
    public void ReadMembers_Sodertalje_IsInSvealandWithPopulationForTheYear()
    {
        var sodertalje = DemoDataSeeder.ReadMembers(2025).Single(m => m.Name == "Södertälje");

        Assert.Equal(MemberKind.Municipality, sodertalje.Kind);
        Assert.Equal(PartOfCountry.Svealand, sodertalje.PartOfCountry);
        Assert.Equal("Stockholms län", sodertalje.County);
        Assert.True(sodertalje.PopulationFor(2025) > 0, "Södertälje has no population figure for 2025.");
        Assert.Null(sodertalje.PopulationFor(2024));
    }

    [Fact]
    public void ReadMembers_RegionRows_AreRegions()
    {
        var regions = DemoDataSeeder.ReadMembers(2025).Where(m => m.Kind == MemberKind.Region).Select(m => m.Name).Order(StringComparer.Ordinal);

        Assert.Equal(["Region Gävleborg", "Region Uppsala"], regions);
    }

    [Fact]
    public void ReadMembers_EveryMember_HasPartOfCountryAndPopulation()
    {
        var members = DemoDataSeeder.ReadMembers(2025);

        Assert.All(members, m =>
        {
            Assert.NotNull(m.PartOfCountry);
            Assert.True(m.PopulationFor(2025) > 0, $"{m.Name} has no population.");
        });
    }

    [Fact]
    public void ReadIndicators2012_EmbeddedCsv_HasTwelveValidUntil2022()
    {
        var indicators = DemoDataSeeder.ReadIndicators2012();

        Assert.Equal(12, indicators.Count);
        Assert.Equal(Enumerable.Range(1, 12).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), indicators.Select(i => i.Code));
        Assert.All(indicators, i => Assert.Equal((2012, 2022), (i.ValidFromYear, i.ValidToYear!.Value)));
    }

    [Fact]
    public void ReadIndicators2023_EmbeddedCsv_LeavesOutTheUnpublishedSlots()
    {
        var indicators = DemoDataSeeder.ReadIndicators2023();

        Assert.Equal(15, indicators.Count);
        Assert.DoesNotContain(indicators, i => i.Code is "GN.6b" or "GN.12");
        Assert.DoesNotContain(indicators, i => i.NameSv == "?" || i.NameEn == "?" || i.Unit == "?");
        Assert.All(indicators, i => Assert.Equal((2023, (int?)null), (i.ValidFromYear, i.ValidToYear)));
        Assert.Equal(indicators.Count, indicators.Select(i => i.Code).Distinct().Count());
    }
}
