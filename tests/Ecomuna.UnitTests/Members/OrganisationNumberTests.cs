using Ecomuna.Core.Members;

namespace Ecomuna.UnitTests.Members;

public sealed class OrganisationNumberTests
{
    [Theory]
    [InlineData("212000-0142", "212000-0142")]
    [InlineData("2120000142", "212000-0142")]
    [InlineData(" 212000 0142 ", "212000-0142")]
    [InlineData("556016-0680", "556016-0680")]
    public void Normalize_ValidNumber_GivesSixDigitsDashFour(string input, string expected) =>
        Assert.Equal(expected, OrganisationNumber.Normalize(input));

    [Theory]
    [InlineData("212000-0143")]
    [InlineData("212000-014")]
    [InlineData("21200001420")]
    [InlineData("212000-014X")]
    [InlineData("")]
    [InlineData(null)]
    public void Normalize_WrongCheckDigitOrLength_IsRejected(string? input)
    {
        Assert.Null(OrganisationNumber.Normalize(input));
        Assert.False(OrganisationNumber.IsValid(input));
    }
}
