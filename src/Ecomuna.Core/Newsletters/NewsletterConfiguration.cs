using Ecomuna.Core.Newsletters;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ecomuna.Core.Newsletters;

internal sealed class NewsletterConfiguration : IEntityTypeConfiguration<Newsletter>
{
    public void Configure(EntityTypeBuilder<Newsletter> builder)
    {
        builder.ToTable("Newsletters");
        builder.Property(n => n.SubjectSv).HasMaxLength(200);
        builder.Property(n => n.SubjectEn).HasMaxLength(200);
        builder.Property(n => n.BodySv).HasMaxLength(50_000);
        builder.Property(n => n.BodyEn).HasMaxLength(50_000);
        builder.Property(n => n.AudienceRoles).HasMaxLength(100).IsRequired();
        builder.Property(n => n.AudienceMemberKinds).HasMaxLength(100).IsRequired();
        builder.Property(n => n.AudienceNetworkCategories).HasMaxLength(100).IsRequired();
        builder.Property(n => n.AudienceWorkingGroups).HasMaxLength(1000).IsRequired();
        builder.Property(n => n.UpdatedBy).HasMaxLength(256);
        builder.Property(n => n.ScheduledAtUtc).HasConversion(UtcDateTime.NullableConverter);
        builder.Property(n => n.SentAtUtc).HasConversion(UtcDateTime.NullableConverter);
        builder.Property(n => n.CreatedAtUtc).HasConversion(UtcDateTime.Converter);
        builder.Property(n => n.UpdatedAtUtc).HasConversion(UtcDateTime.Converter);
        builder.Ignore(n => n.Roles);
        builder.Ignore(n => n.MemberKinds);
        builder.Ignore(n => n.NetworkCategories);
        builder.Ignore(n => n.WorkingGroupIds);
        builder.Ignore(n => n.Bodies);
        builder.HasIndex(n => new { n.Status, n.ScheduledAtUtc });
        // Sending claims the newsletter by changing its status; a second sender or a late edit then saves nothing.
        builder.Property(n => n.Status).IsConcurrencyToken();
    }
}

internal sealed class NewsletterSubscriberConfiguration : IEntityTypeConfiguration<NewsletterSubscriber>
{
    public void Configure(EntityTypeBuilder<NewsletterSubscriber> builder)
    {
        builder.ToTable("NewsletterSubscribers");
        builder.Property(s => s.Email).HasMaxLength(256).IsRequired();
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.Language).HasMaxLength(2).IsRequired();
        builder.Property(s => s.ConsentText).HasMaxLength(2000).IsRequired();
        builder.Property(s => s.ConsentLanguage).HasMaxLength(2).IsRequired();
        builder.Property(s => s.ConsentGivenAtUtc).HasConversion(UtcDateTime.Converter);
        builder.Property(s => s.ConfirmedAtUtc).HasConversion(UtcDateTime.NullableConverter);
        builder.Property(s => s.UnsubscribedAtUtc).HasConversion(UtcDateTime.NullableConverter);
        builder.HasIndex(s => s.Email).IsUnique();
    }
}

internal sealed class NewsletterOptOutConfiguration : IEntityTypeConfiguration<NewsletterOptOut>
{
    public void Configure(EntityTypeBuilder<NewsletterOptOut> builder)
    {
        builder.ToTable("NewsletterOptOuts");
        builder.HasKey(o => o.Email);
        builder.Property(o => o.Email).HasMaxLength(256);
        builder.Property(o => o.CreatedAtUtc).HasConversion(UtcDateTime.Converter);
    }
}
