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

    [Fact]
    public void ApplyPayment_MoreThanTheTotal_IsPaidWithTheOverpaymentShown()
    {
        var invoice = Invoice(4000m);

        invoice.ApplyPayment(Payment(5000m));

        Assert.Equal((InvoiceStatus.Paid, 5000m, -1000m), (invoice.StatusOn(new DateOnly(2026, 3, 1)), invoice.PaidAmount, invoice.Outstanding));
    }

    [Fact]
    public void ApplyPayment_ToACreditedInvoice_SaysWhichInvoiceAndChangesNothing()
    {
        var invoice = Invoice(4000m);
        invoice.CreditNote(8, OcrReference.Create(8), new DateOnly(2026, 3, 1), DateTimeOffset.UnixEpoch, "test");

        var refused = Assert.Throws<InvalidOperationException>(() => invoice.ApplyPayment(Payment(4000m)));

        Assert.Contains("Invoice 7", refused.Message, StringComparison.Ordinal);
        Assert.Empty(invoice.Payments);
        Assert.Equal(InvoiceStatus.Credited, invoice.StatusOn(new DateOnly(2026, 3, 1)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-250)]
    public void ApplyPayment_NothingOrADeduction_IsRefused(decimal amount)
    {
        var invoice = Invoice(4000m);

        Assert.Throws<ArgumentOutOfRangeException>(() => invoice.ApplyPayment(Payment(amount)));
        Assert.Equal((0m, 4000m), (invoice.PaidAmount, invoice.Outstanding));
        Assert.Empty(invoice.Payments);
    }

    [Fact]
    public void CreditNote_Twice_CreditsTheInvoiceOnce()
    {
        var invoice = Invoice(4000m);

        var first = invoice.CreditNote(8, OcrReference.Create(8), new DateOnly(2026, 3, 1), DateTimeOffset.UnixEpoch, "test");
        var second = invoice.CreditNote(9, OcrReference.Create(9), new DateOnly(2026, 3, 2), DateTimeOffset.UnixEpoch, "test");

        Assert.NotNull(first);
        Assert.Null(second);
        Assert.Equal((true, 4000m, 0m), (invoice.IsCredited, invoice.CreditedAmount, invoice.Outstanding));
        Assert.Null(first.CreditNote(10, OcrReference.Create(10), new DateOnly(2026, 3, 2), DateTimeOffset.UnixEpoch, "test"));
    }

    [Fact]
    public void ApplyPayment_PartlyCreditedInvoice_SettlesWithWhatIsLeft()
    {
        var invoice = new Invoice { Id = 7, Number = 7, OcrReference = OcrReference.Create(7), DueDate = new DateOnly(2026, 4, 1) };
        List<InvoiceLine> lines = [Line(1000m), Line(3000m)];
        invoice.SetLines(lines);
        invoice.CreditLines([lines[0]], 8, OcrReference.Create(8), new DateOnly(2026, 3, 1), DateTimeOffset.UnixEpoch, "test");

        Assert.True(invoice.AcceptsPayments);
        Assert.True(invoice.ApplyPayment(Payment(3000m)));
        Assert.Equal(InvoiceStatus.Paid, invoice.StatusOn(new DateOnly(2026, 5, 1)));
    }

    private static InvoiceLine Line(decimal amount) => new() { Description = "Deltagare", UnitPrice = amount, Amount = amount };

    private static Invoice Invoice(decimal total)
    {
        var invoice = new Invoice { Id = 7, Number = 7, OcrReference = OcrReference.Create(7), DueDate = new DateOnly(2026, 4, 1) };
        invoice.SetLines([new InvoiceLine { Description = "Medlemsavgift", UnitPrice = total, Amount = total }]);
        return invoice;
    }

    private static Payment Payment(decimal amount) => new() { Amount = amount, PaidOn = new DateOnly(2026, 3, 1), Source = PaymentSource.BgMax, RegisteredBy = "test" };
}
