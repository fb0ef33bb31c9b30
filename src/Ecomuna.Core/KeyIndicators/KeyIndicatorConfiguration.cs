using Ecomuna.Core.KeyIndicators;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ecomuna.Core.KeyIndicators;

internal sealed class KeyIndicatorConfiguration : IEntityTypeConfiguration<KeyIndicator>
{
    public void Configure(EntityTypeBuilder<KeyIndicator> builder)
    {
        builder.ToTable("KeyIndicators");
        builder.Property(k => k.Code).HasMaxLength(20).IsRequired();
        builder.Property(k => k.NameSv).HasMaxLength(200).IsRequired();
        builder.Property(k => k.NameEn).HasMaxLength(200).IsRequired();
        builder.Property(k => k.Unit).HasMaxLength(50).IsRequired();
        builder.Property(k => k.Definition).HasMaxLength(1000);
        builder.Property(k => k.DefinitionSv).HasMaxLength(1000);
        builder.Property(k => k.DataSource).HasMaxLength(200);
        builder.HasIndex(k => new { k.Code, k.ValidFromYear }).IsUnique();
    }
}
