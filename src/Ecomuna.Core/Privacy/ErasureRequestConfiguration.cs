using Ecomuna.Core.Privacy;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ecomuna.Core.Privacy;

internal sealed class ErasureRequestConfiguration : IEntityTypeConfiguration<ErasureRequest>
{
    public void Configure(EntityTypeBuilder<ErasureRequest> builder)
    {
        builder.ToTable("ErasureRequests");
        builder.Property(r => r.Email).HasMaxLength(256).IsRequired();
        builder.Property(r => r.UserId).HasMaxLength(450);
        builder.Property(r => r.DoneBy).HasMaxLength(256);
        builder.Property(r => r.Outcome).HasMaxLength(2000);
        builder.Property(r => r.RequestedAtUtc).HasConversion(UtcDateTime.Converter);
        builder.Property(r => r.DoneAtUtc).HasConversion(UtcDateTime.NullableConverter);
        builder.HasIndex(r => new { r.Status, r.RequestedAtUtc });
    }
}
