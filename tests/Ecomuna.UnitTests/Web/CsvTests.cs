using Ecomuna.Web.Pages;

namespace Ecomuna.UnitTests.Web;

public sealed class CsvTests
{
    [Theory]
    [InlineData("Sotenäs", "Sotenäs")]
    [InlineData("Kommun, Region", "\"Kommun, Region\"")]
    [InlineData("Säg \"hej\"", "\"Säg \"\"hej\"\"\"")]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("-5", "'-5")]
    [InlineData(null, "")]
    public void Field_Value_IsQuotedAndNeutralisedForSpreadsheets(string? value, string expected) =>
        Assert.Equal(expected, Csv.Field(value));
}
