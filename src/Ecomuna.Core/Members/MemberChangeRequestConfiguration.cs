using Ecomuna.Core.Accounts;
using Ecomuna.Core.Members;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ecomuna.Core.Members;

internal sealed class MemberChangeRequestConfiguration : IEntityTypeConfiguration<MemberChangeRequest>
{
    public void Configure(EntityTypeBuilder<MemberChangeRequest> builder)
    {
        builder.ToTable("MemberChangeRequests");
        builder.Property(r => r.PopulationSource).HasMaxLength(200);
        builder.Property(r => r.Comment).HasMaxLength(1000);
        builder.Property(r => r.RequestedBy).HasMaxLength(256).IsRequired();
        builder.Property(r => r.DecidedBy).HasMaxLength(256);
        builder.Property(r => r.DeclineReason).HasMaxLength(1000);
        builder.Ignore(r => r.IsPending);
        builder.HasOne(r => r.Member).WithMany().HasForeignKey(r => r.MemberId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.ContactPerson).WithMany().HasForeignKey(r => r.ContactPersonId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.RequestedByUserId).OnDelete(DeleteBehavior.SetNull);

        // The secretariat's list of pending requests, and a member's own requests (all, or the pending ones).
        builder.HasIndex(r => r.Status);
        builder.HasIndex(r => new { r.MemberId, r.Status });
    }
}
