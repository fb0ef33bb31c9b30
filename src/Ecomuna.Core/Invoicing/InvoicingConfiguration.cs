using Ecomuna.Core.Invoicing;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ecomuna.Core.Invoicing;

internal sealed class FeeScheduleConfiguration : IEntityTypeConfiguration<FeeSchedule>
{
    public void Configure(EntityTypeBuilder<FeeSchedule> builder)
    {
        builder.ToTable("FeeSchedules");
        builder.HasIndex(s => s.Year).IsUnique();
        builder.Property(s => s.MunicipalityFixedFee).HasPrecision(12, 2);
        builder.Property(s => s.MunicipalityFeePerInhabitant).HasPrecision(12, 4);
        builder.Property(s => s.RegionFee).HasPrecision(12, 2);
        builder.Property(s => s.TrainingCentreFee).HasPrecision(12, 2);
        builder.Property(s => s.EducatorOrConsultantFee).HasPrecision(12, 2);
        builder.Property(s => s.ResearcherFee).HasPrecision(12, 2);
        builder.Property(s => s.FriendFee).HasPrecision(12, 2);
        builder.Property(s => s.VatRate).HasPrecision(5, 4);
    }
}

internal sealed class InvoiceConfiguration : IEntityTypeConfiguration<Invoice>
{
    public void Configure(EntityTypeBuilder<Invoice> builder)
    {
        builder.ToTable("Invoices");
        builder.HasIndex(i => i.Number).IsUnique();
        builder.HasIndex(i => i.OcrReference).IsUnique();
        builder.HasIndex(i => new { i.MemberId, i.FeeYear }).IsUnique();
        builder.HasIndex(i => new { i.IssueDate, i.Kind });
        builder.HasIndex(i => i.CreditedInvoiceId);
        builder.Property(i => i.OcrReference).HasMaxLength(25).IsRequired();
        builder.Property(i => i.BuyerName).HasMaxLength(200).IsRequired();
        builder.Property(i => i.BuyerAddress).HasMaxLength(500).IsRequired();
        builder.Property(i => i.BuyerReference).HasMaxLength(100);
        builder.Property(i => i.BuyerOrganisationNumber).HasMaxLength(11);
        builder.Property(i => i.IssuedBy).HasMaxLength(256).IsRequired();
        builder.Property(i => i.NetAmount).HasPrecision(12, 2);
        builder.Property(i => i.VatAmount).HasPrecision(12, 2);
        builder.Property(i => i.Total).HasPrecision(12, 2);
        builder.Property(i => i.CreditedAmount).HasPrecision(12, 2);
        // Two payments saved at once (a bank file and a hand entry) must not overwrite each other's sum.
        builder.Property(i => i.PaidAmount).HasPrecision(12, 2).IsConcurrencyToken();
        builder.HasOne<Members.Member>().WithMany().HasForeignKey(i => i.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Events.CalendarEvent>().WithMany().HasForeignKey(i => i.EventId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(i => i.FeeSchedule).WithMany().HasForeignKey(i => i.FeeScheduleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(i => i.CreditedInvoice).WithMany().HasForeignKey(i => i.CreditedInvoiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(i => i.Lines).WithOne().HasForeignKey(l => l.InvoiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(i => i.Payments).WithOne().HasForeignKey(p => p.InvoiceId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class InvoiceLineConfiguration : IEntityTypeConfiguration<InvoiceLine>
{
    public void Configure(EntityTypeBuilder<InvoiceLine> builder)
    {
        builder.ToTable("InvoiceLines");
        builder.Property(l => l.Description).HasMaxLength(300).IsRequired();
        builder.Property(l => l.Quantity).HasPrecision(12, 2);
        builder.Property(l => l.UnitPrice).HasPrecision(12, 2);
        builder.Property(l => l.VatRate).HasPrecision(5, 4);
        builder.Property(l => l.Amount).HasPrecision(12, 2);
        builder.HasOne(l => l.CreditNote).WithMany().HasForeignKey(l => l.CreditNoteId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> builder)
    {
        builder.ToTable("Payments");
        builder.Property(p => p.Amount).HasPrecision(12, 2);
        builder.Property(p => p.Reference).HasMaxLength(35);
        builder.Property(p => p.PayerName).HasMaxLength(200);
        builder.Property(p => p.BankSerialNumber).HasMaxLength(20);
        builder.Property(p => p.ReviewNote).HasMaxLength(500);
        builder.Property(p => p.RegisteredBy).HasMaxLength(256).IsRequired();
        builder.HasIndex(p => p.BankSerialNumber).IsUnique();
        builder.HasIndex(p => p.NeedsReview);
        builder.HasOne<BgMaxImport>().WithMany().HasForeignKey(p => p.BgMaxImportId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class BgMaxImportConfiguration : IEntityTypeConfiguration<BgMaxImport>
{
    public void Configure(EntityTypeBuilder<BgMaxImport> builder)
    {
        builder.ToTable("BgMaxImports");
        builder.Property(i => i.FileHash).HasMaxLength(64).IsRequired();
        builder.Property(i => i.FileName).HasMaxLength(260).IsRequired();
        builder.Property(i => i.ImportedBy).HasMaxLength(256).IsRequired();
        builder.Property(i => i.Total).HasPrecision(14, 2);
        builder.HasIndex(i => i.FileHash).IsUnique();
    }
}

internal sealed class InvoiceSendConfiguration : IEntityTypeConfiguration<InvoiceSend>
{
    public void Configure(EntityTypeBuilder<InvoiceSend> builder)
    {
        builder.ToTable("InvoiceSends");
        builder.Property(s => s.To).HasMaxLength(256).IsRequired();
        builder.HasIndex(s => new { s.InvoiceId, s.Kind });
        builder.HasOne<Invoice>().WithMany().HasForeignKey(s => s.InvoiceId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class InvoiceNumberSeriesConfiguration : IEntityTypeConfiguration<InvoiceNumberSeries>
{
    public void Configure(EntityTypeBuilder<InvoiceNumberSeries> builder)
    {
        builder.ToTable("InvoiceNumberSeries");
        builder.Property(s => s.Id).ValueGeneratedNever();
    }
}
