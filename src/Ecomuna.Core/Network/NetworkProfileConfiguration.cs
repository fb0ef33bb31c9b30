using Ecomuna.Core.Accounts;
using Ecomuna.Core.Network;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ecomuna.Core.Network;

internal sealed class NetworkProfileConfiguration : IEntityTypeConfiguration<NetworkProfile>
{
    public void Configure(EntityTypeBuilder<NetworkProfile> builder)
    {
        builder.ToTable("NetworkProfiles");
        builder.Property(p => p.UserId).IsRequired();
        builder.Property(p => p.Name).HasMaxLength(200).IsRequired();
        builder.Property(p => p.Organisation).HasMaxLength(200);
        builder.Property(p => p.CountryCode).HasMaxLength(2).IsRequired();
        builder.Property(p => p.City).HasMaxLength(100);
        builder.Property(p => p.Website).HasMaxLength(300);
        builder.Property(p => p.Description).HasMaxLength(2000);
        builder.HasOne<AppUser>().WithOne().HasForeignKey<NetworkProfile>(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.Status, p.Category });
    }
}
