using Ecomuna.Core.Site;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ecomuna.Core.Site;

internal sealed class NewsPostConfiguration : IEntityTypeConfiguration<NewsPost>
{
    public void Configure(EntityTypeBuilder<NewsPost> builder)
    {
        builder.ToTable("NewsPosts");
        builder.Property(p => p.TitleSv).HasMaxLength(200);
        builder.Property(p => p.TitleEn).HasMaxLength(200);
        builder.Property(p => p.SummarySv).HasMaxLength(600);
        builder.Property(p => p.SummaryEn).HasMaxLength(600);
        builder.Property(p => p.BodySv).HasMaxLength(30_000);
        builder.Property(p => p.BodyEn).HasMaxLength(30_000);
        builder.Property(p => p.ImageAltSv).HasMaxLength(300);
        builder.Property(p => p.ImageAltEn).HasMaxLength(300);
        builder.Property(p => p.ImageContentType).HasMaxLength(50).IsRequired();
        builder.Property(p => p.PublishAtUtc).HasConversion(UtcDateTime.Converter);
        builder.Property(p => p.CreatedAtUtc).HasConversion(UtcDateTime.Converter);
        builder.Property(p => p.UpdatedAtUtc).HasConversion(UtcDateTime.Converter);
        builder.HasIndex(p => new { p.IsPublished, p.PublishAtUtc });
    }
}

internal sealed class SitePageConfiguration : IEntityTypeConfiguration<SitePage>
{
    public void Configure(EntityTypeBuilder<SitePage> builder)
    {
        builder.ToTable("SitePages");
        builder.Property(p => p.Slug).HasMaxLength(80).IsRequired();
        builder.Property(p => p.TitleSv).HasMaxLength(200).IsRequired();
        builder.Property(p => p.TitleEn).HasMaxLength(200).IsRequired();
        builder.Property(p => p.BodySv).HasMaxLength(50_000).IsRequired();
        builder.Property(p => p.BodyEn).HasMaxLength(50_000).IsRequired();
        builder.Property(p => p.UpdatedAtUtc).HasConversion(UtcDateTime.Converter);
        builder.HasIndex(p => p.Slug).IsUnique();
        builder.HasMany(p => p.Versions).WithOne().HasForeignKey(v => v.PageId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SitePageVersionConfiguration : IEntityTypeConfiguration<SitePageVersion>
{
    public void Configure(EntityTypeBuilder<SitePageVersion> builder)
    {
        builder.ToTable("SitePageVersions");
        builder.Property(v => v.TitleSv).HasMaxLength(200).IsRequired();
        builder.Property(v => v.TitleEn).HasMaxLength(200).IsRequired();
        builder.Property(v => v.BodySv).HasMaxLength(50_000).IsRequired();
        builder.Property(v => v.BodyEn).HasMaxLength(50_000).IsRequired();
        builder.Property(v => v.ByName).HasMaxLength(256).IsRequired();
        builder.Property(v => v.SavedAtUtc).HasConversion(UtcDateTime.Converter);
    }
}

internal sealed class PartnerNetworkConfiguration : IEntityTypeConfiguration<PartnerNetwork>
{
    public void Configure(EntityTypeBuilder<PartnerNetwork> builder)
    {
        builder.ToTable("PartnerNetworks");
        builder.Property(p => p.Slug).HasMaxLength(80).IsRequired();
        builder.Property(p => p.Name).HasMaxLength(200).IsRequired();
        builder.Property(p => p.CountrySv).HasMaxLength(100).IsRequired();
        builder.Property(p => p.CountryEn).HasMaxLength(100).IsRequired();
        builder.Property(p => p.DescriptionSv).HasMaxLength(20_000).IsRequired();
        builder.Property(p => p.DescriptionEn).HasMaxLength(20_000).IsRequired();
        builder.Property(p => p.ContactName).HasMaxLength(200);
        builder.Property(p => p.ContactEmail).HasMaxLength(256);
        builder.Property(p => p.Website).HasMaxLength(500);
        builder.HasIndex(p => p.Slug).IsUnique();
    }
}

internal sealed class CooperationEntryConfiguration : IEntityTypeConfiguration<CooperationEntry>
{
    public void Configure(EntityTypeBuilder<CooperationEntry> builder)
    {
        builder.ToTable("CooperationEntries");
        builder.Property(e => e.TextSv).HasMaxLength(2000).IsRequired();
        builder.Property(e => e.TextEn).HasMaxLength(2000).IsRequired();
        builder.HasIndex(e => e.Year);
        builder.HasOne(e => e.Partner).WithMany().HasForeignKey(e => e.PartnerId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class AccessibilityReportConfiguration : IEntityTypeConfiguration<AccessibilityReport>
{
    public void Configure(EntityTypeBuilder<AccessibilityReport> builder)
    {
        builder.ToTable("AccessibilityReports");
        builder.Property(r => r.Page).HasMaxLength(500).IsRequired();
        builder.Property(r => r.Description).HasMaxLength(4000).IsRequired();
        builder.Property(r => r.Name).HasMaxLength(200);
        builder.Property(r => r.Email).HasMaxLength(256);
        builder.Property(r => r.Language).HasMaxLength(2).IsRequired();
        builder.Property(r => r.HandledBy).HasMaxLength(256);
        builder.Property(r => r.ReceivedAtUtc).HasConversion(UtcDateTime.Converter);
        builder.Property(r => r.HandledAtUtc).HasConversion(UtcDateTime.NullableConverter);
        builder.HasIndex(r => r.ReceivedAtUtc);
    }
}
