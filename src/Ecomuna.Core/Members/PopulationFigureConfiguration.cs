using Ecomuna.Core.Members;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ecomuna.Core.Members;

internal sealed class PopulationFigureConfiguration : IEntityTypeConfiguration<PopulationFigure>
{
    public void Configure(EntityTypeBuilder<PopulationFigure> builder)
    {
        builder.ToTable("PopulationFigures");
        builder.Property(p => p.Source).HasMaxLength(200);
        builder.HasIndex(p => new { p.MemberId, p.Year }).IsUnique();
    }
}
