namespace Ecomuna.Core.Members;

/// <summary>Swedish organisation numbers (organisationsnummer): ten digits, the last a Luhn check digit.</summary>
public static class OrganisationNumber
{
    /// <summary>The number as NNNNNN-NNNN, or null when it is not ten digits with a correct check digit.</summary>
    public static string? Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var digits = new string([.. value.Where(char.IsAsciiDigit)]);
        var rest = value.Where(c => !char.IsAsciiDigit(c) && c != '-' && c != ' ');
        if (digits.Length != 10 || rest.Any() || !HasValidCheckDigit(digits))
        {
            return null;
        }

        return $"{digits[..6]}-{digits[6..]}";
    }

    public static bool IsValid(string? value) => Normalize(value) is not null;

    private static bool HasValidCheckDigit(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[i] - '0';
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

        return sum % 10 == 0;
    }
}
