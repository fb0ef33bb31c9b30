using Ecomuna.Core.Members;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ecomuna.Core.Members;

internal sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> builder)
    {
        builder.ToTable("Members");
        builder.Property(m => m.Name).HasMaxLength(200).IsRequired();
        builder.Property(m => m.CountryCode).HasMaxLength(2).IsRequired();
        builder.Property(m => m.County).HasMaxLength(100);
        builder.Property(m => m.OrganisationNumber).HasMaxLength(11);
        builder.Property(m => m.StreetAddress).HasMaxLength(200);
        builder.Property(m => m.PostalCode).HasMaxLength(20);
        builder.Property(m => m.City).HasMaxLength(100);
        builder.Property(m => m.InvoiceAddress).HasMaxLength(500);
        builder.Property(m => m.InvoiceReference).HasMaxLength(100);
        builder.Property(m => m.Website).HasMaxLength(300);
        builder.Property(m => m.DeclineReason).HasMaxLength(1000);
        builder.HasIndex(m => m.Name);
        builder.HasIndex(m => new { m.Status, m.Kind });
        builder.HasIndex(m => m.County);
        builder.HasIndex(m => m.OrganisationNumber).IsUnique();
        builder.HasMany(m => m.Populations).WithOne().HasForeignKey(p => p.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}
