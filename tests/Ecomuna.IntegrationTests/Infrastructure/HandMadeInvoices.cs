using Ecomuna.Core.Data;
using Ecomuna.Core.Invoicing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ecomuna.IntegrationTests.Infrastructure;

/// <summary>
/// Invoices a test writes straight into the database, with numbers and dates of its own choosing, so that a test can
/// keep to a year of its own and never meet another test's invoices.
/// </summary>
public static class HandMadeInvoices
{
    /// <summary>An invoice of one line without VAT to the named member, with a payment of <paramref name="paid"/> when it is more than 0.</summary>
    public static async Task<Invoice> AddInvoiceAsync(this EcomunaApp app, long number, string memberName, DateOnly issued, DateOnly due, decimal amount, decimal paid = 0)
    {
        ArgumentNullException.ThrowIfNull(app);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
        var memberId = await db.Members.Where(m => m.Name == memberName).Select(m => m.Id).SingleAsync();
        var invoice = Build.Invoice(number, memberId, memberName, issued, due, amount, app.Clock.GetUtcNow());
        db.Invoices.Add(invoice);
        await db.SaveChangesAsync();
        if (paid > 0)
        {
            invoice.ApplyPayment(Build.Payment(issued, paid, app.Clock.GetUtcNow()));
            await db.SaveChangesAsync();
        }

        return invoice;
    }

    /// <summary>The credit note that cancels the invoice in full, issued on <paramref name="issued"/>.</summary>
    public static async Task<Invoice> AddCreditNoteAsync(this EcomunaApp app, int invoiceId, long number, DateOnly issued)
    {
        ArgumentNullException.ThrowIfNull(app);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
        var invoice = await db.Invoices.Include(i => i.Lines).SingleAsync(i => i.Id == invoiceId);
        var note = invoice.CreditNote(number, OcrReference.Create(number), issued, app.Clock.GetUtcNow(), "test")!;
        db.Invoices.Add(note);
        await db.SaveChangesAsync();
        return note;
    }

    /// <summary>Issues this year's membership fees to every member the demo data lets be invoiced; does nothing the second time.</summary>
    public static async Task IssueThisYearsFeesAsync(this EcomunaApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<InvoiceRun>().IssueAsync(app.Clock.GetLocalNow().Year, "test");
    }

    public static DateOnly Today(this EcomunaApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return DateOnly.FromDateTime(app.Clock.GetLocalNow().Date);
    }
}
