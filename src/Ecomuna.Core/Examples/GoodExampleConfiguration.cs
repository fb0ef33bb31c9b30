using Ecomuna.Core.Examples;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpgsqlTypes;

namespace Ecomuna.Core.Examples;

internal sealed class GoodExampleConfiguration : IEntityTypeConfiguration<GoodExample>
{
    public void Configure(EntityTypeBuilder<GoodExample> builder)
    {
        builder.ToTable("GoodExamples");
        builder.Property(e => e.Title).HasMaxLength(200).IsRequired();
        builder.Property(e => e.Summary).HasMaxLength(600).IsRequired();
        builder.Property(e => e.Body).HasMaxLength(30_000).IsRequired();
        builder.Property(e => e.ContactName).HasMaxLength(200).IsRequired();
        builder.Property(e => e.ContactEmail).HasMaxLength(256).IsRequired();
        builder.Property(e => e.CreatedAtUtc).HasConversion(UtcDateTime.Converter);
        builder.Property(e => e.UpdatedAtUtc).HasConversion(UtcDateTime.Converter);
        builder.Property(e => e.SubmittedAtUtc).HasConversion(UtcDateTime.NullableConverter);
        builder.Property(e => e.PublishedAtUtc).HasConversion(UtcDateTime.NullableConverter);
        builder.HasIndex(e => new { e.Status, e.PublishedAtUtc });
        builder.HasIndex(e => new { e.MemberId, e.Status });
        builder.HasIndex(e => new { e.Year, e.Status });
        builder.HasOne(e => e.Member).WithMany().HasForeignKey(e => e.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Themes).WithOne().HasForeignKey(t => t.ExampleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Goals).WithOne().HasForeignKey(g => g.ExampleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Links).WithOne().HasForeignKey(l => l.ExampleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Images).WithOne().HasForeignKey(i => i.ExampleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.History).WithOne().HasForeignKey(h => h.ExampleId).OnDelete(DeleteBehavior.Cascade);
    }

    /// <summary>PostgreSQL's full-text search: a stored tsvector with Swedish and English stems, and its GIN index.</summary>
    public static void AddFullTextSearch(ModelBuilder builder)
    {
        var examples = builder.Entity<GoodExample>();
        examples.Property<NpgsqlTsVector>(ExampleQueries.SearchVector).HasComputedColumnSql(ExampleQueries.SearchVectorSql, stored: true);
        examples.HasIndex(ExampleQueries.SearchVector).HasMethod("GIN");
    }
}

internal sealed class ExampleThemeConfiguration : IEntityTypeConfiguration<ExampleTheme>
{
    public void Configure(EntityTypeBuilder<ExampleTheme> builder)
    {
        builder.ToTable("ExampleThemes");
        builder.Property(t => t.NameSv).HasMaxLength(100).IsRequired();
        builder.Property(t => t.NameEn).HasMaxLength(100).IsRequired();
        builder.HasIndex(t => t.NameSv).IsUnique();
        builder.HasIndex(t => t.NameEn).IsUnique();
    }
}

internal sealed class ExampleThemeLinkConfiguration : IEntityTypeConfiguration<ExampleThemeLink>
{
    public void Configure(EntityTypeBuilder<ExampleThemeLink> builder)
    {
        builder.ToTable("GoodExampleThemes");
        builder.HasKey(t => new { t.ExampleId, t.ThemeId });
        builder.HasIndex(t => new { t.ThemeId, t.ExampleId });
        builder.HasOne(t => t.Theme).WithMany().HasForeignKey(t => t.ThemeId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ExampleGoalConfiguration : IEntityTypeConfiguration<ExampleGoal>
{
    public void Configure(EntityTypeBuilder<ExampleGoal> builder)
    {
        builder.ToTable("GoodExampleGoals");
        builder.HasKey(g => new { g.ExampleId, g.Goal });
        builder.HasIndex(g => new { g.Goal, g.ExampleId });
    }
}

internal sealed class ExampleLinkConfiguration : IEntityTypeConfiguration<ExampleLink>
{
    public void Configure(EntityTypeBuilder<ExampleLink> builder)
    {
        builder.ToTable("GoodExampleLinks");
        builder.Property(l => l.Url).HasMaxLength(500).IsRequired();
        builder.Property(l => l.Text).HasMaxLength(200).IsRequired();
    }
}

internal sealed class ExampleImageConfiguration : IEntityTypeConfiguration<ExampleImage>
{
    public void Configure(EntityTypeBuilder<ExampleImage> builder)
    {
        builder.ToTable("GoodExampleImages");
        builder.Property(i => i.ContentType).HasMaxLength(50).IsRequired();
        builder.Property(i => i.AltText).HasMaxLength(300).IsRequired();
        builder.Property(i => i.Content).IsRequired();
        builder.Property(i => i.UploadedAtUtc).HasConversion(UtcDateTime.Converter);
    }
}

internal sealed class ExampleStatusChangeConfiguration : IEntityTypeConfiguration<ExampleStatusChange>
{
    public void Configure(EntityTypeBuilder<ExampleStatusChange> builder)
    {
        builder.ToTable("GoodExampleHistory");
        builder.Property(h => h.ByUserId).HasMaxLength(450);
        builder.Property(h => h.ByName).HasMaxLength(256).IsRequired();
        builder.Property(h => h.Comment).HasMaxLength(2000);
        builder.Property(h => h.AtUtc).HasConversion(UtcDateTime.Converter);
    }
}

internal sealed class InitiativeOfTheYearConfiguration : IEntityTypeConfiguration<InitiativeOfTheYear>
{
    public void Configure(EntityTypeBuilder<InitiativeOfTheYear> builder)
    {
        builder.ToTable("InitiativesOfTheYear");
        builder.HasKey(i => i.Year);
        builder.Property(i => i.Year).ValueGeneratedNever();
        builder.Property(i => i.NamedBy).HasMaxLength(256).IsRequired();
        builder.Property(i => i.NamedAtUtc).HasConversion(UtcDateTime.Converter);
        builder.HasIndex(i => i.ExampleId).IsUnique();
        builder.HasOne(i => i.Example).WithMany().HasForeignKey(i => i.ExampleId).OnDelete(DeleteBehavior.Cascade);
    }
}
