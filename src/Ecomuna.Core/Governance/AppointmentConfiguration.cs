using Ecomuna.Core.Governance;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ecomuna.Core.Governance;

internal sealed class AppointmentConfiguration : IEntityTypeConfiguration<Appointment>
{
    public void Configure(EntityTypeBuilder<Appointment> builder)
    {
        builder.ToTable("Appointments");
        builder.HasOne(a => a.ContactPerson).WithMany().HasForeignKey(a => a.ContactPersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.WorkingGroup).WithMany().HasForeignKey(a => a.WorkingGroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.Body, a.To });
    }
}
