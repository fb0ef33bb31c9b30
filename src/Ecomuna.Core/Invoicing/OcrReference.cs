namespace Ecomuna.Core.Invoicing;

/// <summary>
/// The OCR payment reference (OCR-nummer) on the association's invoices: the invoice number, a length digit and a
/// Luhn check digit, so Bankgirot's hard check with variable length control accepts it and rejects a mistyped one.
/// </summary>
public static class OcrReference
{
    public const int MinLength = 2;
    public const int MaxLength = 25;

    /// <summary>The invoice number's digits, then the total length modulo 10, then the check digit.</summary>
    public static string Create(long invoiceNumber)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(invoiceNumber);
        var digits = invoiceNumber.ToString(CultureInfo.InvariantCulture);
        var withLength = digits + (char)('0' + ((digits.Length + 2) % 10));
        return withLength + CheckDigit(withLength);
    }

    /// <summary>True for 2–25 digits (spaces ignored) whose check digit and length digit are both right.</summary>
    public static bool IsValid(string? reference) => ValidDigits(reference) is not null;

    /// <summary>The invoice number a valid reference was made from, or null.</summary>
    public static long? InvoiceNumberFrom(string? reference)
    {
        var digits = ValidDigits(reference);
        if (digits is null || digits.Length < 3)
        {
            return null;
        }

        return long.TryParse(digits.AsSpan(0, digits.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : null;
    }

    private static string? ValidDigits(string? reference)
    {
        if (reference is null)
        {
            return null;
        }

        var digits = reference.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (digits.Length is < MinLength or > MaxLength || !digits.All(char.IsAsciiDigit))
        {
            return null;
        }

        var lengthDigit = digits[^2] - '0';
        var checkDigit = digits[^1];
        return lengthDigit == digits.Length % 10 && checkDigit == CheckDigit(digits[..^1]) ? digits : null;
    }

    /// <summary>Luhn (modulus 10): from the right, every other digit doubled, starting with the last one.</summary>
    private static char CheckDigit(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 0)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return (char)('0' + ((10 - (sum % 10)) % 10));
    }
}
