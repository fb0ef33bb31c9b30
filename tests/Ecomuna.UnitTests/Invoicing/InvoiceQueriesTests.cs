using Ecomuna.Core.Invoicing;

namespace Ecomuna.UnitTests.Invoicing;

public sealed class InvoiceQueriesTests
{
    private static readonly DateOnly Today = new(2026, 3, 15);

    /// <summary>Every combination of kind, credit, payment and due date that decides a status, made the way the app makes them.</summary>
    private static List<Invoice> Combinations()
    {
        var invoices = new List<Invoice>();
        var id = 0;
        foreach (var credited in new[] { false, true })
        {
            foreach (var paid in new[] { 0m, 500m, 1000m, 1200m })
            {
                foreach (var due in new[] { Today.AddDays(-1), Today, Today.AddDays(1) })
                {
                    var invoice = new Invoice { Id = ++id, Number = id, DueDate = due };
                    invoice.SetLines([new InvoiceLine { Description = "Avgift", UnitPrice = 1000m, Amount = 1000m }]);
                    if (paid > 0)
                    {
                        invoice.ApplyPayment(new Payment { Amount = paid });
                    }

                    invoices.Add(invoice);
                    if (credited)
                    {
                        var note = invoice.CreditNote(++id, OcrReference.Create(id), Today, DateTimeOffset.UnixEpoch, "test")!;
                        note.Id = id;
                        note.DueDate = due;
                        invoices.Add(note);
                    }
                }
            }
        }

        return invoices;
    }

    [Theory]
    [InlineData(InvoiceStatus.Open)]
    [InlineData(InvoiceStatus.Overdue)]
    [InlineData(InvoiceStatus.Paid)]
    [InlineData(InvoiceStatus.Credited)]
    [InlineData(InvoiceStatus.CreditNote)]
    public void WhereStatus_EveryCombination_PicksExactlyTheInvoicesWhoseStatusOnSaysSo(InvoiceStatus status)
    {
        var invoices = Combinations();

        var picked = invoices.AsQueryable().WhereStatus(status, Today).Select(i => i.Id).ToList();

        Assert.NotEmpty(picked);
        Assert.Equal(invoices.Where(i => i.StatusOn(Today) == status).Select(i => i.Id), picked);
    }

    [Fact]
    public void StatusOn_AsExpression_AgreesWithTheInvoiceEverywhere()
    {
        var status = InvoiceQueries.StatusOn(Today).Compile();

        Assert.All(Combinations(), invoice => Assert.Equal(invoice.StatusOn(Today), status(invoice)));
    }
}
