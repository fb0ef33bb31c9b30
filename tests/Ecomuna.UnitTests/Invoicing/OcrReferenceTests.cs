using System.Globalization;
using System.Text;
using Ecomuna.Core.Invoicing;

namespace Ecomuna.UnitTests.Invoicing;

public sealed class OcrReferenceTests
{
    // Worked by hand. 2026001 has 7 digits; with the length and check digits the reference has 9, so the length
    // digit is 9: 20260019. Luhn from the right, doubling the last digit: 9*2=18 -> 9, 1, 0, 0, 6*2=12 -> 3, 2, 0, 2;
    // the sum is 17, so the check digit is 3.
    // 10: 104 -> 4*2=8, 0, 1*2=2; the sum is 10, so the check digit is 0.
    // 12345678: 10 digits in all, length digit 0: 123456780 -> 0, 8, 7*2=14 -> 5, 6, 5*2=10 -> 1, 4, 3*2=6, 2, 1*2=2;
    // the sum is 34, so the check digit is 6.
    [Theory]
    [InlineData(2026001L, "202600193")]
    [InlineData(10L, "1040")]
    [InlineData(12345678L, "1234567806")]
    [InlineData(1L, "133")]
    public void Create_InvoiceNumber_AppendsLengthAndCheckDigit(long invoiceNumber, string expected) =>
        Assert.Equal(expected, OcrReference.Create(invoiceNumber));

    [Fact]
    public void Create_GoldenNumbers_MatchTheGoldenFile()
    {
        var expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Invoicing", "Golden", "ocr.txt"), Encoding.ASCII);
        long[] numbers = [.. Enumerable.Range(1, 20).Select(n => (long)n), 99, 100, 2026001, 2026005, 2026123, 12345678, 999999999, 20260000001, long.MaxValue];

        var actual = string.Concat(numbers.Select(n => $"{n.ToString(CultureInfo.InvariantCulture)}\t{OcrReference.Create(n)}\n"));

        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-2026001L)]
    public void Create_ZeroOrNegative_Throws(long invoiceNumber) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => OcrReference.Create(invoiceNumber));

    [Fact]
    public void Create_LargestInvoiceNumber_StaysWithinTwentyFiveDigits()
    {
        var reference = OcrReference.Create(long.MaxValue);

        Assert.Equal(21, reference.Length);
        Assert.True(OcrReference.IsValid(reference));
        Assert.Equal(long.MaxValue, OcrReference.InvoiceNumberFrom(reference));
    }

    [Theory]
    [InlineData("202600193")]
    [InlineData("2026 0019 3")]
    [InlineData(" 202600193 ")]
    [InlineData("1040")]
    [InlineData("133")]
    public void IsValid_CorrectReference_IsTrue(string reference) =>
        Assert.True(OcrReference.IsValid(reference));

    [Theory]
    [InlineData("202600194")]   // wrong check digit
    [InlineData("202600183")]   // length digit 8 for nine digits
    [InlineData("20260019")]    // check digit missing
    [InlineData("2026001930")]  // a digit too many
    [InlineData("2026001-93")]
    [InlineData("20260019A")]
    [InlineData("OCR202600193")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void IsValid_WrongOrMalformedReference_IsFalse(string? reference) =>
        Assert.False(OcrReference.IsValid(reference));

    [Fact]
    public void IsValid_LengthDigitMatchesButCheckDigitWrongAfterSwappedDigits_IsFalse() =>
        Assert.False(OcrReference.IsValid("206200193"));

    [Fact]
    public void IsValid_TwentySixDigits_IsFalse()
    {
        // 24 digits of invoice number give 26 in all, one more than Bankgirot allows.
        var tooLong = "1234567890123456789012346";
        var withCheck = tooLong + LuhnDigit(tooLong);

        Assert.Equal(26, withCheck.Length);
        Assert.False(OcrReference.IsValid(withCheck));
    }

    [Theory]
    [InlineData("202600193", 2026001L)]
    [InlineData("2026 0019 3", 2026001L)]
    [InlineData("133", 1L)]
    [InlineData("922337203685477580710", long.MaxValue)]
    public void InvoiceNumberFrom_ValidReference_GivesTheNumber(string reference, long expected) =>
        Assert.Equal(expected, OcrReference.InvoiceNumberFrom(reference));

    [Theory]
    [InlineData("202600194")]
    [InlineData("202600183")]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData("26")]      // valid digits but no invoice number before them
    [InlineData("034")]     // invoice number zero
    public void InvoiceNumberFrom_InvalidReferenceOrNoNumber_IsNull(string reference) =>
        Assert.Null(OcrReference.InvoiceNumberFrom(reference));

    [Fact]
    public void InvoiceNumberFrom_NumberLargerThanALong_IsNull()
    {
        var digits = "99999999999999999999";
        var withLength = digits + "2";
        var reference = withLength + LuhnDigit(withLength);

        Assert.True(OcrReference.IsValid(reference));
        Assert.Null(OcrReference.InvoiceNumberFrom(reference));
    }

    [Fact]
    public void CreateAndInvoiceNumberFrom_RoundTrip_ForManyNumbers()
    {
        for (var number = 1L; number < 100_000_000_000L; number = (number * 7) + 3)
        {
            Assert.Equal(number, OcrReference.InvoiceNumberFrom(OcrReference.Create(number)));
        }
    }

    // A second Luhn written the textbook way (double every second digit counted from the check digit), so the tests
    // do not only compare the production code with itself.
    private static char LuhnDigit(string payload)
    {
        var candidate = Enumerable.Range(0, 10).Single(d => LuhnSum(payload + d) % 10 == 0);
        return (char)('0' + candidate);
    }

    private static int LuhnSum(string number) =>
        number.Reverse().Select((c, i) => i % 2 == 1 ? ((c - '0') * 2 % 10) + ((c - '0') * 2 / 10) : c - '0').Sum();
}
