using System.Text;
using Ecomuna.Web.Infrastructure.Lists;

namespace Ecomuna.UnitTests.Lists;

public sealed class CsvExportTests
{
    [Theory]
    [InlineData("Sotenäs", "Sotenäs")]
    [InlineData("Kommun, Region", "\"Kommun, Region\"")]
    [InlineData("Säg \"hej\"", "\"Säg \"\"hej\"\"\"")]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("-5", "\"'-5\"")]
    [InlineData("@SUM(A1)", "\"'@SUM(A1)\"")]
    [InlineData(null, "")]
    public void Field_Value_IsQuotedAndNeutralisedForSpreadsheets(string? value, string expected) =>
        Assert.Equal(["Namn,Län", expected + ",Skåne"], Lines(CsvExport.File("list.csv", ["Namn", "Län"], [[value, "Skåne"]]).FileContents));

    [Fact]
    public void File_StartsWithAByteOrderMarkAndSeparatesWithCommas()
    {
        var file = CsvExport.File("list.csv", ["Namn", "Län"], [["Örebro", "Örebro län"], ["Åre", null]]);

        Assert.Equal("list.csv", file.FileDownloadName);
        Assert.Equal("text/csv; charset=utf-8", file.ContentType);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, file.FileContents[..3]);
        Assert.Equal(["Namn,Län", "Örebro,Örebro län", "Åre,"], Lines(file.FileContents));
    }

    [Fact]
    public void Write_NegativeNumberWrittenAsAValue_StaysANumber() =>
        Assert.Equal(["Belopp", "-100.00"], Lines(CsvExport.Write(["Belopp"], [-100m], (csv, amount) => csv.WriteField(amount, "0.00", System.Globalization.CultureInfo.InvariantCulture))));

    private static string[] Lines(byte[] bytes) => Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
}
