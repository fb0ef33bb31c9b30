using Ecomuna.Core.KeyIndicators;
using Ecomuna.Core.Members;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ecomuna.Core.KeyIndicators;

internal sealed class ReportingYearConfiguration : IEntityTypeConfiguration<ReportingYear>
{
    public void Configure(EntityTypeBuilder<ReportingYear> builder)
    {
        builder.ToTable("ReportingYears");
        builder.Property(y => y.OpenedAtUtc).HasConversion(UtcDateTime.Converter);
        builder.Property(y => y.ClosedAtUtc).HasConversion(UtcDateTime.NullableConverter);
        builder.HasIndex(y => y.Year).IsUnique();
    }
}

internal sealed class IndicatorReportConfiguration : IEntityTypeConfiguration<IndicatorReport>
{
    public void Configure(EntityTypeBuilder<IndicatorReport> builder)
    {
        builder.ToTable("IndicatorReports");
        builder.Property(r => r.UpdatedBy).HasMaxLength(256).IsRequired();
        builder.Property(r => r.SubmittedBy).HasMaxLength(256);
        builder.Property(r => r.UpdatedAtUtc).HasConversion(UtcDateTime.Converter);
        builder.Property(r => r.SubmittedAtUtc).HasConversion(UtcDateTime.NullableConverter);
        builder.HasOne<Member>().WithMany().HasForeignKey(r => r.MemberId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.MemberId, r.Year }).IsUnique();
        builder.HasIndex(r => new { r.Year, r.Status });
    }
}

internal sealed class IndicatorValueConfiguration : IEntityTypeConfiguration<IndicatorValue>
{
    public void Configure(EntityTypeBuilder<IndicatorValue> builder)
    {
        builder.ToTable("IndicatorValues");
        builder.Property(v => v.Comment).HasMaxLength(1000);
        builder.Property(v => v.Source).HasMaxLength(300);
        builder.Property(v => v.UpdatedBy).HasMaxLength(256).IsRequired();
        builder.Property(v => v.UpdatedAtUtc).HasConversion(UtcDateTime.Converter);
        builder.HasOne<Member>().WithMany().HasForeignKey(v => v.MemberId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(v => v.KeyIndicator).WithMany().HasForeignKey(v => v.KeyIndicatorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(v => v.Changes).WithOne().HasForeignKey(c => c.IndicatorValueId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => new { v.MemberId, v.KeyIndicatorId, v.Year }).IsUnique();
        builder.HasIndex(v => new { v.KeyIndicatorId, v.Year, v.Value });
    }
}

internal sealed class IndicatorValueChangeConfiguration : IEntityTypeConfiguration<IndicatorValueChange>
{
    public void Configure(EntityTypeBuilder<IndicatorValueChange> builder)
    {
        builder.ToTable("IndicatorValueChanges");
        builder.Property(c => c.ChangedBy).HasMaxLength(256).IsRequired();
        builder.Property(c => c.Reason).HasMaxLength(500).IsRequired();
        builder.Property(c => c.ChangedAtUtc).HasConversion(UtcDateTime.Converter);
    }
}
