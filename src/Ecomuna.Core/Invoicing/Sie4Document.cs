namespace Ecomuna.Core.Invoicing;

/// <summary>What goes into a SIE 4 file for the association's bookkeeping program: the company, one financial year, the accounts used and the vouchers.</summary>
public sealed record Sie4Document(
    string CompanyName,
    string? OrganisationNumber,
    DateOnly FinancialYearStart,
    DateOnly FinancialYearEnd,
    DateTimeOffset GeneratedAt,
    string ProgramName,
    string ProgramVersion,
    IReadOnlyDictionary<string, string> AccountNames,
    IReadOnlyList<Sie4Voucher> Vouchers);

/// <summary>A voucher (verifikation); its transactions must add up to zero.</summary>
public sealed record Sie4Voucher(string Series, int Number, DateOnly Date, string Text, IReadOnlyList<Sie4Transaction> Transactions);

/// <summary>A positive amount is a debit, a negative one a credit, in kronor with at most two decimals.</summary>
public sealed record Sie4Transaction(string Account, decimal Amount);
