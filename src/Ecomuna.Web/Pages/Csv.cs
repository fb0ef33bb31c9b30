namespace Ecomuna.Web.Pages;

/// <summary>Writes values into CSV files that spreadsheets open safely.</summary>
public static class Csv
{
    /// <summary>
    /// One field: quoted when it holds a separator, quote or line break, and with a leading apostrophe when it
    /// starts like a formula (= + - @), so a spreadsheet shows it as text instead of running it.
    /// </summary>
    public static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\n', '\r', ';']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
