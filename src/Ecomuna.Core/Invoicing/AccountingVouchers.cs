namespace Ecomuna.Core.Invoicing;

/// <summary>An issued invoice or credit note as the bookkeeping needs it. A credit note's amounts are positive too.</summary>
public sealed record AccountingInvoice(long Number, bool IsCreditNote, DateOnly IssueDate, string CustomerName, decimal NetAmount, decimal VatAmount, decimal Total);

/// <summary>A payment received against an invoice.</summary>
public sealed record AccountingPayment(long InvoiceNumber, DateOnly PaidOn, decimal Amount);

/// <summary>The accounts the vouchers are booked on; the defaults are BAS accounts.</summary>
public sealed record AccountingAccounts(string Receivables = "1510", string Revenue = "3890", string OutputVat = "2611", string Bank = "1930");

/// <summary>
/// Turns invoices, credit notes and payments into vouchers for the bookkeeping program: series A for invoices and
/// credit notes, series B for payments, each numbered from 1 in date order and then by invoice number. Texts are in
/// Swedish, as the bookkeeping is.
/// </summary>
public static class AccountingVouchers
{
    public const string InvoiceSeries = "A";
    public const string PaymentSeries = "B";

    public static IReadOnlyList<Sie4Voucher> Build(IEnumerable<AccountingInvoice> invoices, IEnumerable<AccountingPayment> payments, AccountingAccounts? accounts = null)
    {
        ArgumentNullException.ThrowIfNull(invoices);
        ArgumentNullException.ThrowIfNull(payments);
        accounts ??= new AccountingAccounts();

        var invoiceVouchers = invoices
            .OrderBy(i => i.IssueDate)
            .ThenBy(i => i.Number)
            .Select(i => (i.IssueDate, Text: InvoiceText(i), Transactions: InvoiceTransactions(i, accounts)));
        var paymentVouchers = payments
            .OrderBy(p => p.PaidOn)
            .ThenBy(p => p.InvoiceNumber)
            .Select(p => (Date: p.PaidOn, Text: string.Create(CultureInfo.InvariantCulture, $"Inbetalning faktura {p.InvoiceNumber}"), Transactions: PaymentTransactions(p, accounts)));

        return [.. Number(InvoiceSeries, invoiceVouchers), .. Number(PaymentSeries, paymentVouchers)];
    }

    private static IEnumerable<Sie4Voucher> Number(string series, IEnumerable<(DateOnly Date, string Text, Sie4Transaction[] Transactions)> vouchers) =>
        vouchers
            .Where(v => v.Transactions.Length > 0)
            .Select((v, i) => new Sie4Voucher(series, i + 1, v.Date, v.Text, v.Transactions));

    private static string InvoiceText(AccountingInvoice invoice) =>
        string.Create(CultureInfo.InvariantCulture, $"{(invoice.IsCreditNote ? "Kreditfaktura" : "Faktura")} {invoice.Number} {invoice.CustomerName}");

    private static Sie4Transaction[] InvoiceTransactions(AccountingInvoice invoice, AccountingAccounts accounts)
    {
        if (invoice.NetAmount < 0 || invoice.VatAmount < 0 || invoice.NetAmount + invoice.VatAmount != invoice.Total)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Invoice {invoice.Number}: the net amount and VAT must be zero or more and add up to the total."),
                nameof(invoice));
        }

        var sign = invoice.IsCreditNote ? -1 : 1;
        return WithoutZeros(
            new Sie4Transaction(accounts.Receivables, sign * invoice.Total),
            new Sie4Transaction(accounts.Revenue, -sign * invoice.NetAmount),
            new Sie4Transaction(accounts.OutputVat, -sign * invoice.VatAmount));
    }

    private static Sie4Transaction[] PaymentTransactions(AccountingPayment payment, AccountingAccounts accounts)
    {
        if (payment.Amount <= 0)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The payment of invoice {payment.InvoiceNumber} must be more than zero."),
                nameof(payment));
        }

        return WithoutZeros(
            new Sie4Transaction(accounts.Bank, payment.Amount),
            new Sie4Transaction(accounts.Receivables, -payment.Amount));
    }

    /// <summary>No zero rows (an invoice without VAT), and no voucher at all for an invoice of nothing.</summary>
    private static Sie4Transaction[] WithoutZeros(params Sie4Transaction[] transactions) =>
        [.. transactions.Where(t => t.Amount != 0)];
}
