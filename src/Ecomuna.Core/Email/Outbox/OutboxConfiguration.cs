using Ecomuna.Core.Background;
using Ecomuna.Core.Email.Outbox;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ecomuna.Core.Email.Outbox;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.Property(m => m.To).HasMaxLength(256).IsRequired();
        builder.Property(m => m.Subject).HasMaxLength(500).IsRequired();
        builder.Property(m => m.HtmlBody).IsRequired();
        builder.Property(m => m.TextBody).IsRequired();
        builder.Property(m => m.Headers).HasMaxLength(4000);
        builder.Property(m => m.LeaseOwner).HasMaxLength(64);
        builder.Property(m => m.LastError).HasMaxLength(1000);
        builder.Property(m => m.NextAttemptAtUtc).HasConversion(UtcDateTime.Converter);
        builder.Property(m => m.LeaseUntilUtc).HasConversion(UtcDateTime.NullableConverter);
        builder.Property(m => m.CreatedAtUtc).HasConversion(UtcDateTime.Converter);
        builder.Property(m => m.SentAtUtc).HasConversion(UtcDateTime.NullableConverter);
        builder.HasIndex(m => new { m.Status, m.NextAttemptAtUtc });
        builder.HasIndex(m => m.LeaseOwner);
        builder.HasIndex(m => new { m.NewsletterId, m.Status });
        builder.HasMany(m => m.Attachments).WithOne().HasForeignKey(a => a.OutboxMessageId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OutboxAttachmentConfiguration : IEntityTypeConfiguration<OutboxAttachment>
{
    public void Configure(EntityTypeBuilder<OutboxAttachment> builder)
    {
        builder.ToTable("OutboxAttachments");
        builder.Property(a => a.FileName).HasMaxLength(200).IsRequired();
        builder.Property(a => a.ContentType).HasMaxLength(100).IsRequired();
        builder.Property(a => a.Content).IsRequired();
    }
}

internal sealed class EmailSuppressionConfiguration : IEntityTypeConfiguration<EmailSuppression>
{
    public void Configure(EntityTypeBuilder<EmailSuppression> builder)
    {
        builder.ToTable("EmailSuppressions");
        builder.HasKey(s => s.Address);
        builder.Property(s => s.Address).HasMaxLength(256);
        builder.Property(s => s.Reason).HasMaxLength(1000).IsRequired();
        builder.Property(s => s.CreatedAtUtc).HasConversion(UtcDateTime.Converter);
    }
}

internal sealed class OutboxSettingsConfiguration : IEntityTypeConfiguration<OutboxSettings>
{
    public void Configure(EntityTypeBuilder<OutboxSettings> builder)
    {
        builder.ToTable("OutboxSettings");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.ChangedBy).HasMaxLength(256);
        builder.Property(s => s.ChangedAtUtc).HasConversion(UtcDateTime.NullableConverter);
    }
}

internal sealed class ScheduledJobStateConfiguration : IEntityTypeConfiguration<ScheduledJobState>
{
    public void Configure(EntityTypeBuilder<ScheduledJobState> builder)
    {
        builder.ToTable("ScheduledJobs");
        builder.HasKey(j => j.Name);
        builder.Property(j => j.Name).HasMaxLength(64);
        builder.Property(j => j.LeaseOwner).HasMaxLength(64);
        builder.Property(j => j.LastSummary).HasMaxLength(1000);
        builder.Property(j => j.LastCounts).HasMaxLength(200);
        builder.Property(j => j.LastError).HasMaxLength(1000);
        builder.Property(j => j.NextRunAtUtc).HasConversion(UtcDateTime.Converter);
        builder.Property(j => j.LeaseUntilUtc).HasConversion(UtcDateTime.NullableConverter);
        builder.Property(j => j.LastStartedAtUtc).HasConversion(UtcDateTime.NullableConverter);
        builder.Property(j => j.LastFinishedAtUtc).HasConversion(UtcDateTime.NullableConverter);
        builder.Ignore(j => j.Counts);
    }
}

internal sealed class SentReminderConfiguration : IEntityTypeConfiguration<SentReminder>
{
    public void Configure(EntityTypeBuilder<SentReminder> builder)
    {
        builder.ToTable("SentReminders");
        builder.Property(r => r.Job).HasMaxLength(64).IsRequired();
        builder.Property(r => r.Key).HasMaxLength(200).IsRequired();
        builder.Property(r => r.CreatedAtUtc).HasConversion(UtcDateTime.Converter);
        builder.HasIndex(r => new { r.Job, r.Key }).IsUnique();
    }
}
