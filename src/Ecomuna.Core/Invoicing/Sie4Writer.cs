using System.Text;

namespace Ecomuna.Core.Invoicing;

/// <summary>
/// Writes SIE type 4 (the Swedish accounting exchange format with transactions) for import into a bookkeeping
/// program: code page 437 ("PC8"), CRLF line ends, amounts with a decimal point.
/// </summary>
public static class Sie4Writer
{
    private const string LineEnd = "\r\n";

    /// <summary>Code page 437 straight from the provider, so nothing is registered process-wide. Characters it lacks become '?'.</summary>
    private static readonly Encoding Pc8 = CodePagesEncodingProvider.Instance.GetEncoding(437)
        ?? throw new InvalidOperationException("Code page 437 is not available.");

    public static byte[] Write(Sie4Document document) => Pc8.GetBytes(WriteText(document));

    /// <summary>The file's text before it is encoded; <see cref="Write"/> gives the bytes to save.</summary>
    public static string WriteText(Sie4Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Check(document);

        var text = new StringBuilder();
        void Line(string line) => text.Append(line).Append(LineEnd);

        Line("#FLAGGA 0");
        Line("#FORMAT PC8");
        Line("#SIETYP 4");
        Line($"#PROGRAM {Quoted(document.ProgramName)} {Field(document.ProgramVersion)}");
        Line($"#GEN {Date(DateOnly.FromDateTime(document.GeneratedAt.DateTime))}");
        Line($"#FNAMN {Quoted(document.CompanyName)}");
        if (!string.IsNullOrWhiteSpace(document.OrganisationNumber))
        {
            Line($"#ORGNR {Field(document.OrganisationNumber)}");
        }

        Line($"#RAR 0 {Date(document.FinancialYearStart)} {Date(document.FinancialYearEnd)}");
        foreach (var (account, name) in document.AccountNames.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            Line($"#KONTO {Field(account)} {Quoted(name)}");
        }

        foreach (var voucher in document.Vouchers)
        {
            Line(string.Create(CultureInfo.InvariantCulture, $"#VER {Field(voucher.Series)} {voucher.Number} {Date(voucher.Date)} {Quoted(voucher.Text)}"));
            Line("{");
            foreach (var transaction in voucher.Transactions)
            {
                Line($"#TRANS {Field(transaction.Account)} {{}} {transaction.Amount.ToString("0.00", CultureInfo.InvariantCulture)}");
            }

            Line("}");
        }

        return text.ToString();
    }

    private static void Check(Sie4Document document)
    {
        if (document.FinancialYearEnd < document.FinancialYearStart)
        {
            throw new ArgumentException("The financial year ends before it starts.", nameof(document));
        }

        foreach (var voucher in document.Vouchers)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"{voucher.Series} {voucher.Number}");
            if (voucher.Transactions.Count == 0)
            {
                throw new ArgumentException($"Voucher {name} has no transactions.", nameof(document));
            }

            if (voucher.Transactions.Sum(t => t.Amount) != 0m)
            {
                throw new ArgumentException($"Voucher {name} does not balance: its transactions add up to {voucher.Transactions.Sum(t => t.Amount).ToString(CultureInfo.InvariantCulture)}.", nameof(document));
            }

            if (voucher.Transactions.Any(t => decimal.Round(t.Amount, 2) != t.Amount))
            {
                throw new ArgumentException($"Voucher {name} has an amount with more than two decimals.", nameof(document));
            }

            if (voucher.Date < document.FinancialYearStart || voucher.Date > document.FinancialYearEnd)
            {
                throw new ArgumentException($"Voucher {name} is dated outside the financial year.", nameof(document));
            }
        }
    }

    private static string Date(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>A text field, always in quotes.</summary>
    private static string Quoted(string value) => $"\"{Escape(value)}\"";

    /// <summary>A field such as an account number, quoted only when it has to be.</summary>
    private static string Field(string value)
    {
        var escaped = Escape(value);
        return escaped.Length == 0 || escaped.Contains(' ', StringComparison.Ordinal) || escaped.Contains('"', StringComparison.Ordinal) || escaped.Contains('{', StringComparison.Ordinal)
            ? $"\"{escaped}\""
            : escaped;
    }

    /// <summary>
    /// The format forbids control characters in texts and puts a backslash before a quote. A backslash is doubled too,
    /// or one at the end of a text would swallow the closing quote in programs that read backslash as an escape.
    /// </summary>
    private static string Escape(string value)
    {
        var escaped = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is '"' or '\\')
            {
                escaped.Append('\\');
            }

            escaped.Append(char.IsControl(c) ? ' ' : c);
        }

        return escaped.ToString();
    }
}
