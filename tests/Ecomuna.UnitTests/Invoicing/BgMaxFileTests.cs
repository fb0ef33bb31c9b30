using System.Globalization;
using System.Text;
using Ecomuna.Core.Invoicing;

namespace Ecomuna.UnitTests.Invoicing;

public sealed class BgMaxFileTests
{
    private static readonly string SamplePath = Path.Combine(AppContext.BaseDirectory, "Invoicing", "Golden", "bgmax-sample.txt");

    [Fact]
    public void Parse_Sample_GivesTheFileHeader()
    {
        var file = ParseSample();

        Assert.Equal("9912346", file.PayeeBankgiro);
        Assert.Equal(new DateTime(2026, 3, 15, 17, 45, 0, 123).AddMicroseconds(456), file.CreatedAt);
        Assert.False(file.IsTest);
        Assert.Equal([3, 8, 11, 15, 19, 23], file.Payments.Select(p => p.LineNumber));
    }

    [Fact]
    public void Parse_Sample_GivesOcrPaymentWithPayerDetails()
    {
        var payment = ParseSample().Payments[0];

        Assert.Equal(string.Empty, payment.SenderBankgiro);
        Assert.Equal("202600193", payment.Reference);
        Assert.Equal(2026001L, OcrReference.InvoiceNumberFrom(payment.Reference));
        Assert.Equal(BgMaxReferenceCode.CorrectOcr, payment.ReferenceCode);
        Assert.Equal(34000.00m, payment.Amount);
        Assert.Equal(new DateOnly(2026, 3, 13), payment.PaymentDate);
        Assert.Equal("260313000001", payment.BgcSerialNumber);
        Assert.Equal(BgMaxPaymentChannel.Bank, payment.Channel);
        Assert.False(payment.IsDeduction);
        Assert.Null(payment.DeductionCode);
        Assert.Equal("Södertälje kommun", payment.PayerName);
        Assert.Equal("Box 123", payment.PayerAddress);
        Assert.Equal("151 89", payment.PayerPostcode);
        Assert.Equal("SÖDERTÄLJE", payment.PayerCity);
        Assert.Equal("2120000142", payment.PayerOrganisationNumber);
        Assert.Empty(payment.ExtraReferences);
        Assert.Empty(payment.InformationTexts);
        Assert.Equal(3, payment.LineNumber);
    }

    [Fact]
    public void Parse_Sample_GivesPaymentSlipWithInformationText()
    {
        var payment = ParseSample().Payments[1];

        Assert.Equal("1234566", payment.SenderBankgiro);
        Assert.Equal("202600599", payment.Reference);
        Assert.Equal(8512.50m, payment.Amount);
        Assert.Equal(BgMaxPaymentChannel.PaymentSlip, payment.Channel);
        Assert.Equal(["Medlemsavgift 2026"], payment.InformationTexts);
        Assert.Equal("Sotenäs kommun", payment.PayerName);
        Assert.Null(payment.PayerAddress);
        Assert.Null(payment.PayerOrganisationNumber);
    }

    [Fact]
    public void Parse_Sample_GivesDeductionAsNegativeAmount()
    {
        var deduction = ParseSample().Payments[2];

        Assert.True(deduction.IsDeduction);
        Assert.Equal(-500.00m, deduction.Amount);
        Assert.Equal(1, deduction.DeductionCode);
        Assert.Equal("202601290", deduction.Reference);
        Assert.Equal("260313000003", deduction.BgcSerialNumber);
        Assert.Equal(new DateOnly(2026, 3, 13), deduction.PaymentDate);
        Assert.Equal("Sotenäs kommun", deduction.PayerName);
    }

    [Fact]
    public void Parse_Sample_DatesEachPaymentByItsOwnDeposit()
    {
        var payments = ParseSample().Payments;

        Assert.Equal(
            [new DateOnly(2026, 3, 13), new DateOnly(2026, 3, 13), new DateOnly(2026, 3, 13), new DateOnly(2026, 3, 14), new DateOnly(2026, 3, 14), new DateOnly(2026, 3, 14)],
            payments.Select(p => p.PaymentDate));
        Assert.Equal(42012.50m, payments.Where(p => p.PaymentDate.Day == 13).Sum(p => p.Amount));
        Assert.Equal(25610.00m, payments.Where(p => p.PaymentDate.Day == 14).Sum(p => p.Amount));
    }

    [Fact]
    public void Parse_Sample_CollectsExtraReferencesOnThePayment()
    {
        var payment = ParseSample().Payments[4];

        Assert.Equal(BgMaxReferenceCode.OneOrMore, payment.ReferenceCode);
        Assert.Equal("202600292", payment.Reference);
        Assert.Equal(16250.00m, payment.Amount);
        Assert.Equal("7654321", payment.SenderBankgiro);
        Assert.Equal([new BgMaxExtraReference("202600490", BgMaxReferenceCode.CorrectOcr, 0m, false, 20)], payment.ExtraReferences);
        Assert.Equal(["Fakturorna 2026002 och 2026004"], payment.InformationTexts);
        Assert.Equal("Kalmar kommun", payment.PayerName);
    }

    [Fact]
    public void Parse_Sample_KeepsAnIncorrectFreeTextReferenceAsWritten()
    {
        var payment = ParseSample().Payments[5];

        Assert.Equal(BgMaxReferenceCode.Incorrect, payment.ReferenceCode);
        Assert.Equal("Medlemsavgift ekokommun", payment.Reference);
        Assert.Null(OcrReference.InvoiceNumberFrom(payment.Reference));
        Assert.Equal("Föreningen \"Grön framtid\"", payment.PayerName);
    }

    [Fact]
    public void Parse_Sample_SerialNumbersAreUniquePerPayment()
    {
        var payments = ParseSample().Payments;

        Assert.Equal(payments.Count, payments.Select(p => p.BgcSerialNumber).Distinct().Count());
    }

    [Fact]
    public void Parse_Latin1Bytes_ReadsSwedishLetters()
    {
        var bytes = File.ReadAllBytes(SamplePath);
        var name = Encoding.Latin1.GetBytes("Övertorneå kommun");

        // å is one byte (0xE5) in ISO-8859-1; the sample must not be UTF-8.
        Assert.Contains((byte)0xE5, bytes);
        Assert.True(bytes.AsSpan().IndexOf(name) >= 0);

        var file = ParseSample();
        Assert.Equal("Övertorneå kommun", file.Payments[3].PayerName);
        Assert.Equal("ÖVERTORNEÅ", file.Payments[3].PayerCity);
    }

    [Fact]
    public void Parse_LfLineEnds_GivesTheSameAsCrlf()
    {
        var crlf = BgMaxFile.Parse(string.Join("\r\n", SampleLines()));
        var lf = BgMaxFile.Parse(string.Join('\n', SampleLines()) + "\n");

        Assert.True(crlf.Succeeded);
        Assert.True(lf.Succeeded);
        Assert.Equal(Summary(crlf.File), Summary(lf.File));
    }

    [Fact]
    public void Parse_TrailingSpacesTrimmed_IsReadAsPadded()
    {
        var trimmed = string.Join('\n', SampleLines().Select(l => l.TrimEnd()));

        var result = BgMaxFile.Parse(trimmed);

        Assert.True(result.Succeeded, string.Join(", ", result.Errors));
        Assert.Equal(Summary(ParseSample()), Summary(result.File));
    }

    [Fact]
    public void Parse_BlankLines_AreSkippedButCounted()
    {
        var lines = SampleLines();
        lines.Insert(2, string.Empty);
        lines.Insert(0, "   ");

        var result = BgMaxFile.Parse(string.Join("\r\n", lines) + "\r\n\r\n");

        Assert.True(result.Succeeded);
        Assert.Equal(5, result.File.Payments[0].LineNumber);
    }

    [Fact]
    public void Parse_TestMarker_IsTest()
    {
        var result = Parse(Change(SampleLines(), 1, 45, "T"));

        Assert.True(result.Succeeded);
        Assert.True(result.File.IsTest);
    }

    [Fact]
    public void Parse_NegativeExtraReference_HasNegativeAmount()
    {
        var lines = Change(SampleLines(), 20, 1, "23");
        lines = Change(lines, 20, 38, "000000000000100000");

        var result = Parse(lines);

        Assert.True(result.Succeeded);
        Assert.Equal(new BgMaxExtraReference("202600490", BgMaxReferenceCode.CorrectOcr, -1000.00m, true, 20), result.File.Payments[4].ExtraReferences[0]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\r\n  \r\n")]
    public void Parse_NothingInIt_IsEmptyFile(string text) =>
        AssertErrors(BgMaxFile.Parse(text), new BgMaxError(1, BgMaxErrorKind.EmptyFile));

    [Fact]
    public void Parse_FirstRecordNotStart_StopsThere()
    {
        var lines = SampleLines();
        lines.RemoveAt(0);

        AssertErrors(Parse(lines), new BgMaxError(1, BgMaxErrorKind.MissingStartRecord, "05"));
    }

    [Fact]
    public void Parse_CsvInsteadOfBgMax_IsMissingStartRecord() =>
        AssertErrors(BgMaxFile.Parse("Datum;Belopp\n2026-03-13;34000\n"), new BgMaxError(1, BgMaxErrorKind.MissingStartRecord, "Da"));

    [Fact]
    public void Parse_OtherLayout_StopsThere() =>
        AssertErrors(Parse(Change(SampleLines(), 1, 3, "BGMIN")), new BgMaxError(1, BgMaxErrorKind.UnknownLayout, "BGMIN"));

    [Fact]
    public void Parse_OtherVersion_IsUnsupported() =>
        AssertErrors(Parse(Change(SampleLines(), 1, 23, "02")), new BgMaxError(1, BgMaxErrorKind.UnsupportedVersion, "02"));

    [Theory]
    [InlineData("20261315174500123456")]
    [InlineData("2026031517450012345X")]
    public void Parse_BadTimestamp_IsInvalidTimestamp(string timestamp) =>
        AssertErrors(Parse(Change(SampleLines(), 1, 25, timestamp)), new BgMaxError(1, BgMaxErrorKind.InvalidTimestamp, timestamp));

    [Fact]
    public void Parse_TestMarkerNeitherTNorP_IsInvalid() =>
        AssertErrors(Parse(Change(SampleLines(), 1, 45, "X")), new BgMaxError(1, BgMaxErrorKind.InvalidTestMarker, "X"));

    [Fact]
    public void Parse_LineLongerThan80_IsTooLongAndTheRestIsStillRead()
    {
        var lines = SampleLines();
        lines[7] += "X";

        AssertErrors(Parse(lines), new BgMaxError(8, BgMaxErrorKind.LineTooLong, "81"));
    }

    [Fact]
    public void Parse_UnknownRecordType_IsReportedWithItsLine() =>
        AssertErrors(Parse(Change(SampleLines(), 9, 1, "99")), new BgMaxError(9, BgMaxErrorKind.UnknownRecordType, "99"));

    [Fact]
    public void Parse_NameRecordRightAfterOpening_IsOutOfPlace()
    {
        var lines = SampleLines();
        lines.Insert(14, lines[15]);

        AssertErrors(Parse(lines), new BgMaxError(15, BgMaxErrorKind.RecordOutOfPlace, "26"));
    }

    [Fact]
    public void Parse_PaymentBeforeAnyOpening_IsOutOfPlace()
    {
        var lines = SampleLines();
        lines.Insert(1, lines[2]);

        var result = Parse(lines);

        Assert.Contains(new BgMaxError(2, BgMaxErrorKind.RecordOutOfPlace, "20"), result.Errors);
    }

    [Fact]
    public void Parse_RecordAfterEnd_IsOutOfPlace()
    {
        var lines = SampleLines();
        lines.Add(lines[1]);

        AssertErrors(Parse(lines), new BgMaxError(27, BgMaxErrorKind.RecordOutOfPlace, "05"));
    }

    [Fact]
    public void Parse_SecondStartRecord_IsOutOfPlace()
    {
        var lines = SampleLines();
        lines.Insert(13, lines[0]);

        AssertErrors(Parse(lines), new BgMaxError(14, BgMaxErrorKind.RecordOutOfPlace, "01"));
    }

    [Fact]
    public void Parse_LettersInBankgiro_IsInvalidBankgiro() =>
        AssertErrors(Parse(Change(SampleLines(), 2, 3, "00099A2346")), new BgMaxError(2, BgMaxErrorKind.InvalidBankgiro, "00099A2346"));

    [Fact]
    public void Parse_EuroOpening_IsUnsupportedCurrency() =>
        AssertErrors(Parse(Change(SampleLines(), 2, 23, "EUR")), new BgMaxError(2, BgMaxErrorKind.UnsupportedCurrency, "EUR"));

    [Fact]
    public void Parse_SecondOpeningForAnotherBankgiro_IsSeveralPayeeBankgiros() =>
        AssertErrors(Parse(Change(SampleLines(), 14, 3, "0050501055")), new BgMaxError(14, BgMaxErrorKind.SeveralPayeeBankgiros, "50501055"));

    [Fact]
    public void Parse_LetterInAmount_IsInvalidAmountWithoutAlsoAMismatch() =>
        AssertErrors(Parse(Change(SampleLines(), 3, 38, "00000000000340000X")), new BgMaxError(3, BgMaxErrorKind.InvalidAmount, "00000000000340000X"));

    [Fact]
    public void Parse_BlankDepositAmount_IsInvalidAmount() =>
        AssertErrors(Parse(Change(SampleLines(), 13, 51, new string(' ', 18))), new BgMaxError(13, BgMaxErrorKind.InvalidAmount, string.Empty));

    [Theory]
    [InlineData("20260231")]
    [InlineData("2026031X")]
    public void Parse_BadDepositDate_IsInvalidDate(string date) =>
        AssertErrors(Parse(Change(SampleLines(), 13, 38, date)), new BgMaxError(13, BgMaxErrorKind.InvalidDate, date));

    [Fact]
    public void Parse_ReferenceCodeOutOfRange_IsInvalidReferenceCode() =>
        AssertErrors(Parse(Change(SampleLines(), 3, 56, "7")), new BgMaxError(3, BgMaxErrorKind.InvalidReferenceCode, "7"));

    [Fact]
    public void Parse_LetterAsPaymentChannel_IsInvalidPaymentChannel() =>
        AssertErrors(Parse(Change(SampleLines(), 3, 57, "X")), new BgMaxError(3, BgMaxErrorKind.InvalidPaymentChannel, "X"));

    [Fact]
    public void Parse_BlankSerialNumber_IsInvalidSerialNumber() =>
        AssertErrors(Parse(Change(SampleLines(), 8, 58, new string(' ', 12))), new BgMaxError(8, BgMaxErrorKind.InvalidSerialNumber, string.Empty));

    [Fact]
    public void Parse_LetterInDepositCount_IsInvalidCount() =>
        AssertErrors(Parse(Change(SampleLines(), 13, 72, "0000000X")), new BgMaxError(13, BgMaxErrorKind.InvalidCount, "0000000X"));

    [Fact]
    public void Parse_DepositRecordMissing_ReportsEachPaymentWithoutDeposit()
    {
        var lines = SampleLines();
        lines.RemoveAt(24);

        AssertErrors(
            Parse(lines),
            new BgMaxError(15, BgMaxErrorKind.PaymentWithoutDeposit),
            new BgMaxError(19, BgMaxErrorKind.PaymentWithoutDeposit),
            new BgMaxError(23, BgMaxErrorKind.PaymentWithoutDeposit),
            new BgMaxError(25, BgMaxErrorKind.EndDepositCountMismatch, "2/1"));
    }

    [Fact]
    public void Parse_NewOpeningBeforeDeposit_ReportsPaymentsWithoutDeposit()
    {
        var lines = SampleLines();
        lines.RemoveAt(12);

        AssertErrors(
            Parse(lines),
            new BgMaxError(3, BgMaxErrorKind.PaymentWithoutDeposit),
            new BgMaxError(8, BgMaxErrorKind.PaymentWithoutDeposit),
            new BgMaxError(11, BgMaxErrorKind.PaymentWithoutDeposit),
            new BgMaxError(25, BgMaxErrorKind.EndDepositCountMismatch, "2/1"));
    }

    [Fact]
    public void Parse_DepositAmountOffByOneOre_IsDepositAmountMismatch() =>
        AssertErrors(
            Parse(Change(SampleLines(), 13, 51, "000000000004201249")),
            new BgMaxError(13, BgMaxErrorKind.DepositAmountMismatch, "42012.49/42012.50"));

    [Fact]
    public void Parse_DeductionAddedInsteadOfSubtracted_IsDepositAmountMismatch() =>
        AssertErrors(
            Parse(Change(SampleLines(), 13, 51, "000000000004301250")),
            new BgMaxError(13, BgMaxErrorKind.DepositAmountMismatch, "43012.50/42012.50"));

    [Fact]
    public void Parse_DepositCountWrong_IsDepositCountMismatch() =>
        AssertErrors(Parse(Change(SampleLines(), 13, 72, "00000004")), new BgMaxError(13, BgMaxErrorKind.DepositCountMismatch, "4/3"));

    [Theory]
    [InlineData(3, "00000006", BgMaxErrorKind.EndPaymentCountMismatch, "6/5")]
    [InlineData(11, "00000000", BgMaxErrorKind.EndDeductionCountMismatch, "0/1")]
    [InlineData(19, "00000002", BgMaxErrorKind.EndExtraReferenceCountMismatch, "2/1")]
    [InlineData(27, "00000003", BgMaxErrorKind.EndDepositCountMismatch, "3/2")]
    public void Parse_EndRecordCountWrong_IsEndCountMismatch(int position, string count, BgMaxErrorKind kind, string detail) =>
        AssertErrors(Parse(Change(SampleLines(), 26, position, count)), new BgMaxError(26, kind, detail));

    [Fact]
    public void Parse_EndRecordMissing_IsMissingEndRecordOnTheLastLine()
    {
        var lines = SampleLines();
        lines.RemoveAt(25);

        AssertErrors(Parse(lines), new BgMaxError(25, BgMaxErrorKind.MissingEndRecord));
    }

    [Fact]
    public void Parse_SeveralProblems_ReportsEveryOneInLineOrder()
    {
        var lines = Change(SampleLines(), 25, 72, "00000002");
        lines = Change(lines, 9, 1, "99");
        lines = Change(lines, 3, 38, "00000000000340000X");

        AssertErrors(
            Parse(lines),
            new BgMaxError(3, BgMaxErrorKind.InvalidAmount, "00000000000340000X"),
            new BgMaxError(9, BgMaxErrorKind.UnknownRecordType, "99"),
            new BgMaxError(25, BgMaxErrorKind.DepositCountMismatch, "2/3"));
    }

    [Fact]
    public void Parse_FileWithErrors_HasNoFile()
    {
        var result = Parse(Change(SampleLines(), 13, 72, "00000004"));

        Assert.False(result.Succeeded);
        Assert.Null(result.File);
    }

    private static BgMaxFile ParseSample()
    {
        using var stream = File.OpenRead(SamplePath);
        var result = BgMaxFile.Parse(stream);
        Assert.True(result.Succeeded, string.Join(", ", result.Errors));
        return result.File;
    }

    private static List<string> SampleLines() =>
        [.. File.ReadAllText(SamplePath, Encoding.Latin1).Split("\r\n", StringSplitOptions.RemoveEmptyEntries)];

    private static BgMaxParseResult Parse(IEnumerable<string> lines) => BgMaxFile.Parse(string.Join("\r\n", lines) + "\r\n");

    /// <summary>The sample with the text at a 1-based line and position overwritten, as in Bankgirot's record descriptions.</summary>
    private static List<string> Change(List<string> lines, int lineNumber, int position, string text)
    {
        var changed = new List<string>(lines);
        var line = changed[lineNumber - 1];
        changed[lineNumber - 1] = line[..(position - 1)] + text + line[(position - 1 + text.Length)..];
        return changed;
    }

    private static void AssertErrors(BgMaxParseResult result, params BgMaxError[] expected)
    {
        Assert.False(result.Succeeded);
        Assert.Equal(expected, result.Errors);
    }

    private static string Summary(BgMaxFile file) =>
        string.Join('\n', file.Payments.Select(p => string.Create(
            CultureInfo.InvariantCulture,
            $"{p.LineNumber} {p.SenderBankgiro} {p.Reference} {p.Amount} {p.PaymentDate:yyyy-MM-dd} {p.BgcSerialNumber} {p.PayerName} {p.PayerCity} {p.ExtraReferences.Count} {p.InformationTexts.Count}")));
}
