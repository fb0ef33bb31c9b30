using Ecomuna.Core.Accounts;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ecomuna.Core.Accounts;

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(200);
        builder.Property(u => u.PreferredLanguage).HasMaxLength(5).HasDefaultValue("sv");
        builder.HasOne(u => u.Member).WithMany().HasForeignKey(u => u.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => u.MemberId);
        builder.Property(u => u.CreatedAtUtc).HasConversion(UtcDateTime.NullableConverter);
        builder.Property(u => u.InvitedAtUtc).HasConversion(UtcDateTime.NullableConverter);
    }
}
