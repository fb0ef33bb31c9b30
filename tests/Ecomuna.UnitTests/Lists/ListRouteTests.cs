using Ecomuna.Core.Members;
using Ecomuna.Web.Infrastructure.Lists;

namespace Ecomuna.UnitTests.Lists;

public sealed class ListRouteTests
{
    [Fact]
    public void With_LeavesOutEmptyValuesFalseFlagsAndTheFirstPage()
    {
        var route = new ListRoute().With("q", "  ").With("kind", (MemberKind?)null).With("desc", false).With("year", (int?)null).WithPage("pageNo", 1);

        Assert.Empty(route);
    }

    [Fact]
    public void With_WritesValuesAsQueryStringsRead()
    {
        var route = new ListRoute().With("q", " Örebro ").With("kind", (MemberKind?)MemberKind.Region).With("desc", true).With("year", 2025)
            .With("from", new DateOnly(2026, 3, 1)).WithPage("pageNo", 3);

        Assert.Equal(
            new Dictionary<string, string> { ["q"] = "Örebro", ["kind"] = "Region", ["desc"] = "true", ["year"] = "2025", ["from"] = "2026-03-01", ["pageNo"] = "3" },
            route);
    }

    [Theory]
    [InlineData(1, 1, new[] { 1 })]
    [InlineData(4, 1, new[] { 1, 2, 3, 4 })]
    [InlineData(20, 10, new[] { 1, 0, 8, 9, 10, 11, 12, 0, 20 })]
    [InlineData(20, 1, new[] { 1, 2, 3, 0, 20 })]
    public void Numbers_InAWindow_KeepTheFirstTheLastAndTwoEitherSide(int count, int current, int[] expected)
    {
        var pager = new Pager(current, count, "Sidor", "/Index", _ => new ListRoute()) { Window = true };

        Assert.Equal(expected, pager.Numbers().Select(n => n ?? 0));
    }
}
