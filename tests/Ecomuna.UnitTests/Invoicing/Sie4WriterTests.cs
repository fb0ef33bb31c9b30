using System.Globalization;
using System.Text;
using Ecomuna.Core.Invoicing;

namespace Ecomuna.UnitTests.Invoicing;

public sealed class Sie4WriterTests
{
    private static readonly Dictionary<string, string> Accounts = new()
    {
        ["3890"] = "Medlemsavgifter",
        ["1930"] = "Företagskonto",
        ["1510"] = "Kundfordringar",
        ["2611"] = "Utgående moms 25 %",
    };

    /// <summary>The vouchers come from <see cref="AccountingVouchers"/>, so the golden file also pins down what it books.</summary>
    private static Sie4Document GoldenDocument() => new(
        CompanyName: "Sveriges Ekokommuner",
        OrganisationNumber: "802400-1235",
        FinancialYearStart: new DateOnly(2026, 1, 1),
        FinancialYearEnd: new DateOnly(2026, 12, 31),
        GeneratedAt: new DateTimeOffset(2026, 3, 16, 9, 30, 0, TimeSpan.FromHours(1)),
        ProgramName: "Ecomuna",
        ProgramVersion: "1.0",
        AccountNames: Accounts,
        Vouchers: AccountingVouchers.Build(
            [
                new AccountingInvoice(2026002, false, new DateOnly(2026, 2, 2), "Kalmar kommun", 6810m, 1702.50m, 8512.50m),
                new AccountingInvoice(2026001, false, new DateOnly(2026, 2, 2), "Södertälje kommun", 34000m, 0m, 34000m),
                new AccountingInvoice(2026003, false, new DateOnly(2026, 2, 9), "Föreningen \"Grön framtid\"", 3200m, 800m, 4000m),
                new AccountingInvoice(2026005, true, new DateOnly(2026, 3, 2), "Övertorneå kommun", 1000m, 250m, 1250m),
            ],
            [
                new AccountingPayment(2026001, new DateOnly(2026, 3, 13), 34000m),
                new AccountingPayment(2026002, new DateOnly(2026, 3, 14), 8512.50m),
            ]));

    [Fact]
    public void Write_GoldenDocument_MatchesTheGoldenFileByteForByte()
    {
        var expected = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Invoicing", "Golden", "export.se"));

        var actual = Sie4Writer.Write(GoldenDocument());

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Write_SwedishLetters_AreInCodePage437()
    {
        var bytes = Sie4Writer.Write(Document() with { CompanyName = "Åre Älvdalen Östersund" });

        // Code page 437: Å 0x8F, Ä 0x8E, Ö 0x99 (in UTF-8 each would be two bytes starting 0xC3).
        byte[] name = [(byte)'"', 0x8F, (byte)'r', (byte)'e', (byte)' ', 0x8E, (byte)'l', (byte)'v'];
        Assert.True(bytes.AsSpan().IndexOf(name) >= 0);
        Assert.DoesNotContain((byte)0xC3, bytes);
        Assert.Contains((byte)0x99, bytes);
    }

    [Fact]
    public void Write_LowerCaseSwedishLetters_AreInCodePage437()
    {
        var bytes = Sie4Writer.Write(Document() with { CompanyName = "åäö" });

        byte[] name = [(byte)'"', 0x86, 0x84, 0x94, (byte)'"'];
        Assert.True(bytes.AsSpan().IndexOf(name) >= 0);
    }

    [Fact]
    public void Write_CharacterOutsideCodePage437_BecomesQuestionMark()
    {
        var text = Encoding.ASCII.GetString(Sie4Writer.Write(Document() with { CompanyName = "Euro € AB" }));

        Assert.Contains("#FNAMN \"Euro ? AB\"\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteText_EveryLine_EndsWithCrlf()
    {
        var text = Sie4Writer.WriteText(GoldenDocument());

        Assert.EndsWith("}\r\n", text, StringComparison.Ordinal);
        Assert.Equal(text.Count(c => c == '\n'), text.Split("\r\n").Length - 1);
        Assert.DoesNotContain("\r\r", text, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteText_Header_HasTheIdentificationRecordsInOrder()
    {
        var lines = Sie4Writer.WriteText(Document()).Split("\r\n");

        Assert.Equal(
            [
                "#FLAGGA 0",
                "#FORMAT PC8",
                "#SIETYP 4",
                "#PROGRAM \"Ecomuna\" 1.0",
                "#GEN 20260316",
                "#FNAMN \"Sveriges Ekokommuner\"",
                "#ORGNR 802400-1235",
                "#RAR 0 20260101 20261231",
            ],
            lines.Take(8));
    }

    [Fact]
    public void WriteText_NoOrganisationNumber_LeavesOrgnrOut()
    {
        var text = Sie4Writer.WriteText(Document() with { OrganisationNumber = null });

        Assert.DoesNotContain("#ORGNR", text, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteText_GenerationDate_IsTheDateWhereItWasGenerated()
    {
        var text = Sie4Writer.WriteText(Document() with { GeneratedAt = new DateTimeOffset(2026, 3, 16, 0, 30, 0, TimeSpan.FromHours(1)) });

        Assert.Contains("#GEN 20260316\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteText_Accounts_AreListedInNumberOrder()
    {
        var lines = Sie4Writer.WriteText(Document()).Split("\r\n").Where(l => l.StartsWith("#KONTO", StringComparison.Ordinal));

        Assert.Equal(
            ["#KONTO 1510 \"Kundfordringar\"", "#KONTO 1930 \"Företagskonto\"", "#KONTO 2611 \"Utgående moms 25 %\"", "#KONTO 3890 \"Medlemsavgifter\""],
            lines);
    }

    [Fact]
    public void WriteText_Voucher_IsVerWithTransactionsInBraces()
    {
        var voucher = new Sie4Voucher("A", 7, new DateOnly(2026, 4, 1), "Faktura 2026007 Sotenäs kommun", [new("1510", 5000m), new("3890", -4000m), new("2611", -1000m)]);

        var text = Sie4Writer.WriteText(Document(voucher));

        Assert.EndsWith(
            "#VER A 7 20260401 \"Faktura 2026007 Sotenäs kommun\"\r\n{\r\n#TRANS 1510 {} 5000.00\r\n#TRANS 3890 {} -4000.00\r\n#TRANS 2611 {} -1000.00\r\n}\r\n",
            text,
            StringComparison.Ordinal);
    }

    [Fact]
    public void WriteText_SwedishCulture_StillWritesADecimalPoint()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("sv-SE");
        try
        {
            var text = Sie4Writer.WriteText(Document(Voucher(new("1930", 1234.5m), new("1510", -1234.5m))));

            Assert.Contains("#TRANS 1930 {} 1234.50\r\n", text, StringComparison.Ordinal);
            Assert.Contains("#TRANS 1510 {} -1234.50\r\n", text, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void WriteText_QuotesAndBackslashes_AreEscaped()
    {
        var voucher = Voucher(new("1930", 1m), new("1510", -1m)) with { Text = "Avgift \"Grön\" C:\\" };

        var text = Sie4Writer.WriteText(Document(voucher) with { CompanyName = "Föreningen \"Hållbart\"" });

        Assert.Contains("#FNAMN \"Föreningen \\\"Hållbart\\\"\"\r\n", text, StringComparison.Ordinal);
        Assert.Contains(" \"Avgift \\\"Grön\\\" C:\\\\\"\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteText_LineBreakInText_BecomesSpace()
    {
        var voucher = Voucher(new("1930", 1m), new("1510", -1m)) with { Text = "Rad ett\r\nrad två\ttab" };

        var text = Sie4Writer.WriteText(Document(voucher));

        Assert.Contains("\"Rad ett  rad två tab\"\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteText_SeriesWithSpace_IsQuoted()
    {
        var voucher = Voucher(new("1930", 1m), new("1510", -1m)) with { Series = "A B" };

        Assert.Contains("#VER \"A B\" 1 ", Sie4Writer.WriteText(Document(voucher)), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_UnbalancedVoucher_Throws()
    {
        var voucher = Voucher(new("1510", 5000m), new("3890", -4000m), new("2611", -999.99m));

        var exception = Assert.Throws<ArgumentException>(() => Sie4Writer.Write(Document(voucher)));
        Assert.Contains("A 1", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_VoucherWithoutTransactions_Throws() =>
        Assert.Throws<ArgumentException>(() => Sie4Writer.Write(Document(Voucher())));

    [Fact]
    public void Write_AmountWithThreeDecimals_Throws() =>
        Assert.Throws<ArgumentException>(() => Sie4Writer.Write(Document(Voucher(new("1930", 0.005m), new("1510", -0.005m)))));

    [Theory]
    [InlineData(2025, 12, 31)]
    [InlineData(2027, 1, 1)]
    public void Write_VoucherOutsideTheFinancialYear_Throws(int year, int month, int day)
    {
        var voucher = Voucher(new("1930", 1m), new("1510", -1m)) with { Date = new DateOnly(year, month, day) };

        Assert.Throws<ArgumentException>(() => Sie4Writer.Write(Document(voucher)));
    }

    [Fact]
    public void Write_YearEndingBeforeItStarts_Throws() =>
        Assert.Throws<ArgumentException>(() => Sie4Writer.Write(Document() with { FinancialYearEnd = new DateOnly(2025, 12, 31) }));

    private static Sie4Voucher Voucher(params Sie4Transaction[] transactions) =>
        new("A", 1, new DateOnly(2026, 4, 1), "Test", transactions);

    private static Sie4Document Document(params Sie4Voucher[] vouchers) => new(
        "Sveriges Ekokommuner",
        "802400-1235",
        new DateOnly(2026, 1, 1),
        new DateOnly(2026, 12, 31),
        new DateTimeOffset(2026, 3, 16, 9, 30, 0, TimeSpan.FromHours(1)),
        "Ecomuna",
        "1.0",
        Accounts,
        vouchers);
}
