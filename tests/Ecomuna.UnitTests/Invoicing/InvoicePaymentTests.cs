using Ecomuna.Core.Invoicing;

namespace Ecomuna.UnitTests.Invoicing;

public sealed class InvoicePaymentTests
{
    [Fact]
    public void ApplyPayment_ExactlyWhatIsOutstanding_SettlesTheInvoice()
    {
        var invoice = Invoice(4000m);

        var settles = invoice.ApplyPayment(Payment(4000m));

        Assert.True(settles);
        Assert.Equal(4000m, invoice.PaidAmount);
        Assert.Equal(InvoiceStatus.Paid, invoice.StatusOn(new DateOnly(2026, 3, 1)));
        Assert.Equal(7, Assert.Single(invoice.Payments).InvoiceId);
    }

    [Fact]
    public void ApplyPayment_PartThenRest_IsMismatchedThenSettles()
    {
        var invoice = Invoice(4000m);

        Assert.False(invoice.ApplyPayment(Payment(1500m)));
        Assert.True(invoice.ApplyPayment(Payment(2500m)));
        Assert.Equal(0m, invoice.Outstanding);
    }

    [Fact]
    public void ApplyPayment_Overpayment_IsRegisteredButDoesNotSettleExactly()
    {
        var invoice = Invoice(4000m);

        Assert.False(invoice.ApplyPayment(Payment(4500m)));
        Assert.Equal(-500m, invoice.Outstanding);
    }

    [Fact]
    public void ApplyPayment_CreditNoteOrCreditedInvoice_IsRefused()
    {
        var invoice = Invoice(4000m);
        var note = invoice.CreditNote(8, OcrReference.Create(8), new DateOnly(2026, 3, 1), DateTimeOffset.UnixEpoch, "test")!;

        Assert.False(invoice.AcceptsPayments);
        Assert.False(note.AcceptsPayments);
        Assert.Throws<InvalidOperationException>(() => invoice.ApplyPayment(Payment(4000m)));
        Assert.Throws<InvalidOperationException>(() => note.ApplyPayment(Payment(4000m)));
        Assert.Equal(0m, invoice.PaidAmount);
    }

    private static Invoice Invoice(decimal total)
    {
        var invoice = new Invoice { Id = 7, Number = 7, OcrReference = OcrReference.Create(7), DueDate = new DateOnly(2026, 4, 1) };
        invoice.SetLines([new InvoiceLine { Description = "Medlemsavgift", UnitPrice = total, Amount = total }]);
        return invoice;
    }

    private static Payment Payment(decimal amount) => new() { Amount = amount, PaidOn = new DateOnly(2026, 3, 1), Source = PaymentSource.BgMax, RegisteredBy = "test" };
}
