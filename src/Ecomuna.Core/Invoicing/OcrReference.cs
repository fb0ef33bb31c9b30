namespace Ecomuna.Core.Invoicing;

public static class OcrReference
{
    public static string Create(long invoiceNumber)
    {
        var digits = invoiceNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var withLength = digits + ((digits.Length + 2) % 10).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var sum = 0;
        for (var i = 0; i < withLength.Length; i++)
        {
            var d = withLength[withLength.Length - 1 - i] - '0';
            if (i % 2 == 0)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
        }

        return withLength + ((10 - (sum % 10)) % 10).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
