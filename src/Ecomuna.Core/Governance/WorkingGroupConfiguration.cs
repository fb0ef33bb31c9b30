using Ecomuna.Core.Governance;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ecomuna.Core.Governance;

internal sealed class WorkingGroupConfiguration : IEntityTypeConfiguration<WorkingGroup>
{
    public void Configure(EntityTypeBuilder<WorkingGroup> builder)
    {
        builder.ToTable("WorkingGroups");
        builder.Property(g => g.Name).HasMaxLength(200).IsRequired();
        builder.Property(g => g.Purpose).HasMaxLength(1000);
        builder.Ignore(g => g.IsOpen);
    }
}
