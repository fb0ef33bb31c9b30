using Ecomuna.Core.Accounts;
using Ecomuna.Core.Members;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ecomuna.Core.Members;

internal sealed class ContactPersonConfiguration : IEntityTypeConfiguration<ContactPerson>
{
    public void Configure(EntityTypeBuilder<ContactPerson> builder)
    {
        builder.ToTable("ContactPersons");
        builder.Property(c => c.FirstName).HasMaxLength(100).IsRequired();
        builder.Property(c => c.LastName).HasMaxLength(100).IsRequired();
        builder.Property(c => c.Party).HasMaxLength(100);
        builder.Property(c => c.Title).HasMaxLength(200);
        builder.Property(c => c.Email).HasMaxLength(256).IsRequired();
        builder.Property(c => c.Phone).HasMaxLength(50);
        builder.Ignore(c => c.FullName);
        builder.HasOne(c => c.Member).WithMany(m => m.Contacts).HasForeignKey(c => c.MemberId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(c => new { c.MemberId, c.EndedOn });
        builder.HasIndex(c => c.Email);
        builder.HasIndex(c => c.UserId);
    }
}
