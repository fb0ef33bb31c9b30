using Ecomuna.Core.Audit;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ecomuna.Core.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.Property(e => e.AtUtc).HasConversion(UtcDateTime.Converter);
        builder.Property(e => e.ActorUserId).HasMaxLength(450);
        builder.Property(e => e.ActorEmail).HasMaxLength(256);
        builder.Property(e => e.ActorName).HasMaxLength(200);
        builder.Property(e => e.IpAddress).HasMaxLength(45);
        builder.Property(e => e.Kind).HasMaxLength(64).IsRequired();
        builder.Property(e => e.TargetType).HasMaxLength(64);
        builder.Property(e => e.TargetId).HasMaxLength(128);
        builder.Property(e => e.Summary).HasMaxLength(AuditLog.SummaryLength).IsRequired();
        builder.HasIndex(e => e.AtUtc);
        builder.HasIndex(e => new { e.Kind, e.AtUtc });
        builder.HasIndex(e => new { e.ActorEmail, e.AtUtc });
    }
}
