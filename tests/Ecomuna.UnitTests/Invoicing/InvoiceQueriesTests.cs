using Ecomuna.Core.Invoicing;

namespace Ecomuna.UnitTests.Invoicing;

public sealed class InvoiceQueriesTests
{
    private static readonly DateOnly Today = new(2026, 3, 15);

    /// <summary>Every combination of kind, credit, payment and due date that decides a status.</summary>
    private static List<Invoice> Combinations()
    {
        var invoices = new List<Invoice>();
        var id = 0;
        foreach (var kind in Enum.GetValues<InvoiceKind>())
        {
            foreach (var credited in new[] { false, true })
            {
                foreach (var paid in new[] { 0m, 500m, 1000m, 1200m })
                {
                    foreach (var due in new[] { Today.AddDays(-1), Today, Today.AddDays(1) })
                    {
                        invoices.Add(new Invoice { Id = ++id, Kind = kind, IsCredited = credited, Total = 1000m, PaidAmount = paid, DueDate = due });
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
