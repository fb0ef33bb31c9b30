using Ecomuna.Core.Invoicing;

namespace Ecomuna.UnitTests.Invoicing;

public sealed class AccountingVouchersTests
{
    private static readonly DateOnly February2 = new(2026, 2, 2);

    [Fact]
    public void Build_Invoice_DebitsReceivablesAndCreditsRevenueAndVat()
    {
        var voucher = Assert.Single(AccountingVouchers.Build([Invoice(2026001, 4000m, 1000m)], []));

        Assert.Equal("A", voucher.Series);
        Assert.Equal(1, voucher.Number);
        Assert.Equal(February2, voucher.Date);
        Assert.Equal("Faktura 2026001 Södertälje kommun", voucher.Text);
        Assert.Equal([new("1510", 5000m), new Sie4Transaction("3890", -4000m), new("2611", -1000m)], voucher.Transactions);
    }

    [Fact]
    public void Build_InvoiceWithoutVat_HasNoVatRow()
    {
        var voucher = Assert.Single(AccountingVouchers.Build([Invoice(2026001, 34000m, 0m)], []));

        Assert.Equal([new("1510", 34000m), new Sie4Transaction("3890", -34000m)], voucher.Transactions);
    }

    [Fact]
    public void Build_CreditNote_ReversesTheInvoice()
    {
        var creditNote = Invoice(2026005, 1000m, 250m) with { IsCreditNote = true, CustomerName = "Övertorneå kommun" };

        var voucher = Assert.Single(AccountingVouchers.Build([creditNote], []));

        Assert.Equal("A", voucher.Series);
        Assert.Equal("Kreditfaktura 2026005 Övertorneå kommun", voucher.Text);
        Assert.Equal([new("1510", -1250m), new Sie4Transaction("3890", 1000m), new("2611", 250m)], voucher.Transactions);
    }

    [Fact]
    public void Build_Payment_DebitsBankAndCreditsReceivables()
    {
        var voucher = Assert.Single(AccountingVouchers.Build([], [new AccountingPayment(2026001, new DateOnly(2026, 3, 13), 8512.50m)]));

        Assert.Equal("B", voucher.Series);
        Assert.Equal(1, voucher.Number);
        Assert.Equal(new DateOnly(2026, 3, 13), voucher.Date);
        Assert.Equal("Inbetalning faktura 2026001", voucher.Text);
        Assert.Equal([new("1930", 8512.50m), new Sie4Transaction("1510", -8512.50m)], voucher.Transactions);
    }

    [Fact]
    public void Build_Series_AreNumberedFromOneInDateThenInvoiceNumberOrder()
    {
        var vouchers = AccountingVouchers.Build(
            [
                Invoice(2026004, 100m, 0m) with { IssueDate = new DateOnly(2026, 3, 1) },
                Invoice(2026002, 100m, 0m),
                Invoice(2026003, 100m, 0m) with { IsCreditNote = true },
                Invoice(2026001, 100m, 0m) with { IssueDate = new DateOnly(2026, 1, 15) },
            ],
            [
                new AccountingPayment(2026002, new DateOnly(2026, 3, 20), 100m),
                new AccountingPayment(2026004, new DateOnly(2026, 3, 10), 100m),
                new AccountingPayment(2026001, new DateOnly(2026, 3, 10), 100m),
            ]);

        Assert.Equal(
            [
                "A 1 Faktura 2026001",
                "A 2 Faktura 2026002",
                "A 3 Kreditfaktura 2026003",
                "A 4 Faktura 2026004",
                "B 1 Inbetalning faktura 2026001",
                "B 2 Inbetalning faktura 2026004",
                "B 3 Inbetalning faktura 2026002",
            ],
            vouchers.Select(v => $"{v.Series} {v.Number} {v.Text.Replace(" Södertälje kommun", string.Empty, StringComparison.Ordinal)}"));
    }

    [Fact]
    public void Build_OtherAccounts_AreUsed()
    {
        var accounts = new AccountingAccounts(Receivables: "1511", Revenue: "3001", OutputVat: "2610", Bank: "1920");

        var vouchers = AccountingVouchers.Build([Invoice(2026001, 80m, 20m)], [new AccountingPayment(2026001, February2, 100m)], accounts);

        Assert.Equal(["1511", "3001", "2610"], vouchers[0].Transactions.Select(t => t.Account));
        Assert.Equal(["1920", "1511"], vouchers[1].Transactions.Select(t => t.Account));
    }

    [Fact]
    public void Build_EveryVoucher_Balances()
    {
        var vouchers = AccountingVouchers.Build(
            [Invoice(2026001, 3999.20m, 999.80m), Invoice(2026002, 0.80m, 0.20m) with { IsCreditNote = true }],
            [new AccountingPayment(2026001, February2, 4999m)]);

        Assert.All(vouchers, v => Assert.Equal(0m, v.Transactions.Sum(t => t.Amount)));
    }

    [Fact]
    public void Build_InvoiceOfNothing_GivesNoVoucherAndLeavesNoGapInNumbers()
    {
        var vouchers = AccountingVouchers.Build([Invoice(2026001, 0m, 0m), Invoice(2026002, 100m, 0m)], []);

        var voucher = Assert.Single(vouchers);
        Assert.Equal(1, voucher.Number);
        Assert.StartsWith("Faktura 2026002", voucher.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(100, 25, 124)]
    [InlineData(-100, -25, -125)]
    public void Build_AmountsThatDoNotAddUpOrAreNegative_Throw(decimal net, decimal vat, decimal total) =>
        Assert.Throws<ArgumentException>(() => AccountingVouchers.Build([Invoice(2026001, net, vat) with { Total = total }], []));

    [Theory]
    [InlineData(0)]
    [InlineData(-100)]
    public void Build_PaymentOfZeroOrLess_Throws(decimal amount) =>
        Assert.Throws<ArgumentException>(() => AccountingVouchers.Build([], [new AccountingPayment(2026001, February2, amount)]));

    [Fact]
    public void Build_Vouchers_AreAcceptedBySie4Writer()
    {
        var vouchers = AccountingVouchers.Build([Invoice(2026001, 4000m, 1000m)], [new AccountingPayment(2026001, February2, 5000m)]);
        var document = new Sie4Document("Sveriges Ekokommuner", null, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), DateTimeOffset.UnixEpoch, "Ecomuna", "1.0", new Dictionary<string, string>(), vouchers);

        Assert.NotEmpty(Sie4Writer.Write(document));
    }

    private static AccountingInvoice Invoice(long number, decimal net, decimal vat) =>
        new(number, false, February2, "Södertälje kommun", net, vat, net + vat);
}
