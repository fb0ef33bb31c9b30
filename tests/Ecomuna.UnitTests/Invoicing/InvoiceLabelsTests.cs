using Ecomuna.Core.Invoicing;

namespace Ecomuna.UnitTests.Invoicing;

public sealed class InvoiceLabelsTests
{
    [Theory]
    [InlineData(4000, "4\u00a0000,00\u00a0kr")]
    [InlineData(34600, "34\u00a0600,00\u00a0kr")]
    [InlineData(1234567.5, "1\u00a0234\u00a0567,50\u00a0kr")]
    [InlineData(-34600, "-34\u00a0600,00\u00a0kr")]
    [InlineData(0, "0,00\u00a0kr")]
    public void FormatMoney_Swedish_SpaceGroupsDecimalCommaAndKr(decimal amount, string expected) =>
        Assert.Equal(expected, InvoiceLabels.Swedish.FormatMoney(amount));

    [Theory]
    [InlineData(4000, "SEK\u00a04,000.00")]
    [InlineData(22757.5, "SEK\u00a022,757.50")]
    [InlineData(-34600, "SEK\u00a0-34,600.00")]
    public void FormatMoney_English_SekFirstCommaGroupsDecimalPoint(decimal amount, string expected) =>
        Assert.Equal(expected, InvoiceLabels.English.FormatMoney(amount));

    [Theory]
    [InlineData(0.25, "25\u00a0%", "25%")]
    [InlineData(0.12, "12\u00a0%", "12%")]
    [InlineData(0.06, "6\u00a0%", "6%")]
    [InlineData(0, "0\u00a0%", "0%")]
    public void FormatRate_FractionIsWrittenAsPercent(decimal rate, string swedish, string english)
    {
        Assert.Equal(swedish, InvoiceLabels.Swedish.FormatRate(rate));
        Assert.Equal(english, InvoiceLabels.English.FormatRate(rate));
    }

    [Theory]
    [InlineData(1, "1", "1")]
    [InlineData(2.5, "2,5", "2.5")]
    [InlineData(102000, "102\u00a0000", "102,000")]
    public void FormatQuantity_NoTrailingZeros(decimal quantity, string swedish, string english)
    {
        Assert.Equal(swedish, InvoiceLabels.Swedish.FormatQuantity(quantity));
        Assert.Equal(english, InvoiceLabels.English.FormatQuantity(quantity));
    }

    [Fact]
    public void FormatDate_IsIsoInBothLanguages() =>
        Assert.Equal("2026-03-04", InvoiceLabels.FormatDate(new DateOnly(2026, 3, 4)));

    [Theory]
    [InlineData("sv")]
    [InlineData("sv-SE")]
    [InlineData("SV")]
    public void For_Swedish_GivesSwedishLabels(string language) =>
        Assert.Same(InvoiceLabels.Swedish, InvoiceLabels.For(language));

    [Theory]
    [InlineData("en")]
    [InlineData("en-GB")]
    public void For_English_GivesEnglishLabels(string language) =>
        Assert.Same(InvoiceLabels.English, InvoiceLabels.For(language));

    [Theory]
    [InlineData(InvoiceDocumentKind.Invoice, "Faktura", "Invoice")]
    [InlineData(InvoiceDocumentKind.CreditNote, "Kreditfaktura", "Credit note")]
    [InlineData(InvoiceDocumentKind.Reminder, "Påminnelse", "Payment reminder")]
    public void Title_EachKind_HasItsName(InvoiceDocumentKind kind, string swedish, string english)
    {
        Assert.Equal(swedish, InvoiceLabels.Swedish.Title(kind));
        Assert.Equal(english, InvoiceLabels.English.Title(kind));
    }
}
