using Ecomuna.Core.Invoicing;
using Ecomuna.Core.Members;

namespace Ecomuna.UnitTests.Invoicing;

public sealed class FeeScheduleTests
{
    private static readonly FeeSchedule Defaults = new();

    [Theory]
    [InlineData(102_000, 34_600)]
    [InlineData(150_000, 49_000)]
    [InlineData(985_000, 49_000)]
    [InlineData(4_300, 5_290)]
    [InlineData(0, 4_000)]
    public void FeeFor_Municipality_IsFixedPlusPerInhabitantUpToTheCap(int population, int expected) =>
        Assert.Equal(expected, Defaults.FeeFor(MemberKind.Municipality, population));

    [Fact]
    public void FeeFor_Region_IsFlatWhateverThePopulation() =>
        Assert.Equal(25_000m, Defaults.FeeFor(MemberKind.Region, null));

    [Fact]
    public void FeeFor_MunicipalityWithoutPopulation_IsUnknown() =>
        Assert.Null(Defaults.FeeFor(MemberKind.Municipality, null));

    [Theory]
    [InlineData(4_305, 5_292)] // 4 000 + 1 291.50 rounds up
    [InlineData(4_301, 5_290)] // 4 000 + 1 290.30 rounds down
    public void FeeFor_HalfKronaOrMore_RoundsUpToWholeKronor(int population, int expected) =>
        Assert.Equal(expected, Defaults.FeeFor(MemberKind.Municipality, population));

    [Fact]
    public void FeeFor_ExactDecimals_HaveNoBinaryFloatingPointError()
    {
        var schedule = new FeeSchedule { MunicipalityFixedFee = 0, MunicipalityFeePerInhabitant = 0.1m, PopulationCap = 1_000_000 };

        Assert.Equal(3m, schedule.FeeFor(MemberKind.Municipality, 25));
        Assert.Equal(0.1m * 3, 0.3m);
    }

    [Fact]
    public void SetLines_WithVat_AddsVatPerLineAndRoundsTheTotalToKronor()
    {
        var invoice = new Invoice();

        invoice.SetLines([new InvoiceLine { Description = "Konferensavgift", Quantity = 1, UnitPrice = 1_499.50m, Amount = 1_499.50m, VatRate = 0.25m }]);

        Assert.Equal((1_499.50m, 374.88m, 1_874m), (invoice.NetAmount, invoice.VatAmount, invoice.Total));
    }

    [Fact]
    public void StatusOn_PaymentsAndDueDate_GiveTheStatus()
    {
        var invoice = new Invoice { Total = 5_000, DueDate = new DateOnly(2026, 3, 1) };

        Assert.Equal(InvoiceStatus.Open, invoice.StatusOn(new DateOnly(2026, 3, 1)));
        Assert.Equal(InvoiceStatus.Overdue, invoice.StatusOn(new DateOnly(2026, 3, 2)));
        invoice.ApplyPayment(new Payment { Amount = 2_000 });
        Assert.Equal((InvoiceStatus.Overdue, 3_000m), (invoice.StatusOn(new DateOnly(2026, 3, 2)), invoice.Outstanding));
        invoice.ApplyPayment(new Payment { Amount = 3_500 });
        Assert.Equal((InvoiceStatus.Paid, -500m), (invoice.StatusOn(new DateOnly(2026, 3, 2)), invoice.Outstanding));
    }

    [Fact]
    public void CreditNote_OfAnInvoice_CancelsItOnceAndCopiesTheLines()
    {
        var invoice = new Invoice { Id = 4, Number = 1001, MemberId = 7, BuyerName = "Södertälje" };
        invoice.SetLines([new InvoiceLine { Description = "Medlemsavgift 2026", Quantity = 1, UnitPrice = 34_600, Amount = 34_600 }]);

        var note = invoice.CreditNote(1002, OcrReference.Create(1002), new DateOnly(2026, 4, 1), DateTimeOffset.UnixEpoch, "admin");

        Assert.NotNull(note);
        Assert.Equal((InvoiceKind.CreditNote, 4, 34_600m, "Medlemsavgift 2026"), (note.Kind, note.CreditedInvoiceId!.Value, note.Total, note.Lines.Single().Description));
        Assert.Equal(InvoiceStatus.Credited, invoice.StatusOn(new DateOnly(2026, 4, 1)));
        Assert.Equal(0m, invoice.Outstanding);
        Assert.Null(invoice.CreditNote(1003, OcrReference.Create(1003), new DateOnly(2026, 4, 1), DateTimeOffset.UnixEpoch, "admin"));
    }

    [Fact]
    public void CreditLines_OneOfThreeLines_LowersWhatIsOwedAndTheRestCanBeCreditedLater()
    {
        var invoice = new Invoice { Id = 5, Number = 2001, BuyerName = "Gäst", DueDate = new DateOnly(2026, 5, 1) };
        var lines = ((string[])["Anna", "Bo", "Cilla"]).Select(name => new InvoiceLine { Description = name, Quantity = 1, UnitPrice = 1_800, Amount = 1_800, VatRate = 0.25m }).ToList();
        invoice.SetLines(lines);

        var note = invoice.CreditLines([lines[1]], 2002, OcrReference.Create(2002), new DateOnly(2026, 4, 1), DateTimeOffset.UnixEpoch, "test");

        Assert.NotNull(note);
        Assert.Equal(("Bo", 2_250m), (note.Lines.Single().Description, note.Total));
        Assert.Same(note, lines[1].CreditNote);
        Assert.False(invoice.IsCredited);
        Assert.Equal(4_500m, invoice.Outstanding);
        Assert.Equal(InvoiceStatus.Open, invoice.StatusOn(new DateOnly(2026, 4, 1)));
        Assert.Null(invoice.CreditLines([lines[1]], 2003, OcrReference.Create(2003), new DateOnly(2026, 4, 1), DateTimeOffset.UnixEpoch, "test"));

        invoice.ApplyPayment(new Payment { Amount = 4_500 });
        Assert.Equal(InvoiceStatus.Paid, invoice.StatusOn(new DateOnly(2026, 6, 1)));

        var rest = invoice.CreditNote(2004, OcrReference.Create(2004), new DateOnly(2026, 4, 2), DateTimeOffset.UnixEpoch, "test");
        Assert.Equal(["Anna", "Cilla"], rest!.Lines.Select(l => l.Description));
        Assert.True(invoice.IsCredited);
        Assert.Equal(InvoiceStatus.Credited, invoice.StatusOn(new DateOnly(2026, 6, 1)));
    }
}
