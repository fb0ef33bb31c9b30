using System.ComponentModel.DataAnnotations;

namespace Ecomuna.Core.Invoicing;

/// <summary>The association as it appears on its invoices; bound from the "Association" section.</summary>
public sealed class AssociationOptions
{
    public const string Section = "Association";

    [Required(ErrorMessage = "Association:Name (env Association__Name) must be set to the association's name as it appears on invoices.")]
    public string Name { get; set; } = "";

    /// <summary>The postal address, one line per line ("\n" between lines).</summary>
    [Required(ErrorMessage = "Association:Address (env Association__Address) must be set to the association's postal address; separate lines with \\n.")]
    public string Address { get; set; } = "";

    [Required(ErrorMessage = "Association:OrganisationNumber (env Association__OrganisationNumber) must be set, e.g. 802400-1234.")]
    [RegularExpression(@"^\d{6}-\d{4}$", ErrorMessage = "Association:OrganisationNumber (env Association__OrganisationNumber) must look like 802400-1234.")]
    public string OrganisationNumber { get; set; } = "";

    [Required(ErrorMessage = "Association:Bankgiro (env Association__Bankgiro) must be set to the bankgiro number payments go to, e.g. 123-4567.")]
    [RegularExpression(@"^\d{3,4}-\d{4}$", ErrorMessage = "Association:Bankgiro (env Association__Bankgiro) must look like 123-4567 or 1234-5678.")]
    public string Bankgiro { get; set; } = "";

    /// <summary>The VAT registration number (SE…01), when the association is registered for VAT.</summary>
    public string? VatNumber { get; set; }

    public string? Email { get; set; }
    public string? Website { get; set; }
    public bool RegisteredForFTax { get; set; }

    public IReadOnlyList<string> AddressLines => Address.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>How invoices are issued and booked; bound from the "Invoicing" section.</summary>
public sealed class InvoicingOptions
{
    public const string Section = "Invoicing";

    [Range(1, 120, ErrorMessage = "Invoicing:PaymentTermDays (env Invoicing__PaymentTermDays) must be between 1 and 120 days.")]
    public int PaymentTermDays { get; set; } = 30;

    /// <summary>The number of the very first invoice; later ones follow without gaps.</summary>
    [Range(1, 999_999_999, ErrorMessage = "Invoicing:FirstNumber (env Invoicing__FirstNumber) must be a whole number from 1.")]
    public long FirstNumber { get; set; } = 1001;

    [Required(ErrorMessage = "Invoicing:ReceivablesAccount (env Invoicing__ReceivablesAccount) must be set, e.g. 1510.")]
    public string ReceivablesAccount { get; set; } = "1510";

    [Required(ErrorMessage = "Invoicing:RevenueAccount (env Invoicing__RevenueAccount) must be set, e.g. 3890.")]
    public string RevenueAccount { get; set; } = "3890";

    [Required(ErrorMessage = "Invoicing:OutputVatAccount (env Invoicing__OutputVatAccount) must be set, e.g. 2611.")]
    public string OutputVatAccount { get; set; } = "2611";

    [Required(ErrorMessage = "Invoicing:BankAccount (env Invoicing__BankAccount) must be set, e.g. 1930.")]
    public string BankAccount { get; set; } = "1930";

    /// <summary>The first month of the financial year, 1 for a calendar year.</summary>
    [Range(1, 12, ErrorMessage = "Invoicing:FinancialYearStartMonth (env Invoicing__FinancialYearStartMonth) must be a month number, 1–12.")]
    public int FinancialYearStartMonth { get; set; } = 1;
}
