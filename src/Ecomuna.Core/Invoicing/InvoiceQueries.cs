using System.Linq.Expressions;

namespace Ecomuna.Core.Invoicing;

/// <summary>
/// <see cref="Invoice.StatusOn"/> as queries the database can run, so lists can filter and sort by a status that is
/// not stored: it follows from the kind, the credit notes, the payments and the due date.
/// </summary>
public static class InvoiceQueries
{
    /// <summary>The invoices and credit notes that have <paramref name="status"/> on <paramref name="today"/>.</summary>
    public static IQueryable<Invoice> WhereStatus(this IQueryable<Invoice> invoices, InvoiceStatus status, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(invoices);
        var live = invoices.Where(i => i.Kind == InvoiceKind.Invoice && !i.IsCredited);
        return status switch
        {
            InvoiceStatus.CreditNote => invoices.Where(i => i.Kind == InvoiceKind.CreditNote),
            InvoiceStatus.Credited => invoices.Where(i => i.Kind == InvoiceKind.Invoice && i.IsCredited),
            InvoiceStatus.Paid => live.Where(i => i.PaidAmount + i.CreditedAmount >= i.Total),
            InvoiceStatus.Overdue => live.Where(i => i.PaidAmount + i.CreditedAmount < i.Total && i.DueDate < today),
            InvoiceStatus.Open => live.Where(i => i.PaidAmount + i.CreditedAmount < i.Total && i.DueDate >= today),
            _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not an invoice status."),
        };
    }

    /// <summary>The status on <paramref name="today"/> as an expression, for sorting in the database.</summary>
    public static Expression<Func<Invoice, InvoiceStatus>> StatusOn(DateOnly today) => i =>
        i.Kind == InvoiceKind.CreditNote ? InvoiceStatus.CreditNote
        : i.IsCredited ? InvoiceStatus.Credited
        : i.PaidAmount + i.CreditedAmount >= i.Total ? InvoiceStatus.Paid
        : i.DueDate < today ? InvoiceStatus.Overdue
        : InvoiceStatus.Open;
}
