using Ecomuna.Core.Data;

namespace Ecomuna.UnitTests.Lists;

public sealed class PagingTests
{
    [Theory]
    [InlineData(0, 25, 1)]
    [InlineData(1, 25, 1)]
    [InlineData(25, 25, 1)]
    [InlineData(26, 25, 2)]
    [InlineData(101, 50, 3)]
    public void PageCount_IsAtLeastOne(int total, int size, int expected) => Assert.Equal(expected, Paging.PageCount(total, size));

    [Theory]
    [InlineData(-3, 1)]
    [InlineData(0, 1)]
    [InlineData(2, 2)]
    [InlineData(99, 3)]
    public void ToPage_AskedPage_IsKeptBetweenTheFirstAndTheLast(int asked, int expected)
    {
        var page = Enumerable.Range(1, 11).ToList().ToPage(asked, 5);

        Assert.Equal((expected, 3, 11), (page.Number, page.PageCount, page.TotalCount));
        Assert.Equal(Enumerable.Range(1, 11).Skip((expected - 1) * 5).Take(5), page);
    }

    [Fact]
    public void Empty_IsOnePageWithNothing() => Assert.Equal((1, 1, 0, 0), (Paging.Empty<int>().Number, Paging.Empty<int>().PageCount, Paging.Empty<int>().TotalCount, Paging.Empty<int>().Count));
}
