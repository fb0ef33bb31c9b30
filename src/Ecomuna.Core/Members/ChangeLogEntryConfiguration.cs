using Ecomuna.Core.Members;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ecomuna.Core.Members;

internal sealed class ChangeLogEntryConfiguration : IEntityTypeConfiguration<ChangeLogEntry>
{
    public void Configure(EntityTypeBuilder<ChangeLogEntry> builder)
    {
        builder.ToTable("ChangeLog");
        builder.Property(e => e.EntityType).HasMaxLength(50).IsRequired();
        builder.Property(e => e.Change).HasMaxLength(20).IsRequired();
        builder.Property(e => e.Property).HasMaxLength(100);
        builder.Property(e => e.OldValue).HasMaxLength(2000);
        builder.Property(e => e.NewValue).HasMaxLength(2000);
        builder.Property(e => e.ChangedBy).HasMaxLength(256).IsRequired();
        builder.HasOne(e => e.Member).WithMany().HasForeignKey(e => e.MemberId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(e => e.ContactPerson).WithMany().HasForeignKey(e => e.ContactPersonId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(e => new { e.MemberId, e.ChangedAt });
    }
}
