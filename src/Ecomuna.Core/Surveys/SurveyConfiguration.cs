using Ecomuna.Core.Surveys;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ecomuna.Core.Surveys;

internal sealed class SurveyConfiguration : IEntityTypeConfiguration<Survey>
{
    public void Configure(EntityTypeBuilder<Survey> builder)
    {
        builder.ToTable("Surveys");
        builder.Property(s => s.TitleSv).HasMaxLength(200).IsRequired();
        builder.Property(s => s.TitleEn).HasMaxLength(200).IsRequired();
        builder.Property(s => s.IntroSv).HasMaxLength(4000).IsRequired();
        builder.Property(s => s.IntroEn).HasMaxLength(4000).IsRequired();
        builder.Property(s => s.ReminderDays).HasMaxLength(100).IsRequired();
        builder.Property(s => s.CreatedAtUtc).HasConversion(UtcDateTime.Converter);
        builder.HasIndex(s => s.MembershipYear).IsUnique();
        builder.HasIndex(s => s.ClosesOn);
        builder.HasMany(s => s.Questions).WithOne().HasForeignKey(q => q.SurveyId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SurveyQuestionConfiguration : IEntityTypeConfiguration<SurveyQuestion>
{
    public void Configure(EntityTypeBuilder<SurveyQuestion> builder)
    {
        builder.ToTable("SurveyQuestions");
        builder.Property(q => q.Key).HasMaxLength(32).IsRequired();
        builder.Property(q => q.TextSv).HasMaxLength(1000).IsRequired();
        builder.Property(q => q.TextEn).HasMaxLength(1000).IsRequired();
        builder.Property(q => q.OptionsSv).HasMaxLength(4000).IsRequired();
        builder.Property(q => q.OptionsEn).HasMaxLength(4000).IsRequired();
        builder.HasIndex(q => new { q.SurveyId, q.Key }).IsUnique();
    }
}

internal sealed class SurveyResponseConfiguration : IEntityTypeConfiguration<SurveyResponse>
{
    public void Configure(EntityTypeBuilder<SurveyResponse> builder)
    {
        builder.ToTable("SurveyResponses");
        builder.Property(r => r.UpdatedBy).HasMaxLength(256).IsRequired();
        builder.Property(r => r.SubmittedAtUtc).HasConversion(UtcDateTime.NullableConverter);
        builder.Property(r => r.UpdatedAtUtc).HasConversion(UtcDateTime.Converter);
        // One shared answer per member for a per-member survey, one per person for a per-person survey.
        builder.HasIndex(r => new { r.SurveyId, r.MemberId }).IsUnique().HasFilter("\"ContactPersonId\" IS NULL");
        builder.HasIndex(r => new { r.SurveyId, r.ContactPersonId }).IsUnique();
        builder.HasIndex(r => r.MemberId);
        builder.HasOne<Survey>().WithMany().HasForeignKey(r => r.SurveyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Members.Member>().WithMany().HasForeignKey(r => r.MemberId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Members.ContactPerson>().WithMany().HasForeignKey(r => r.ContactPersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Answers).WithOne().HasForeignKey(a => a.ResponseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SurveyAnswerConfiguration : IEntityTypeConfiguration<SurveyAnswer>
{
    public void Configure(EntityTypeBuilder<SurveyAnswer> builder)
    {
        builder.ToTable("SurveyAnswers");
        builder.Property(a => a.Value).HasMaxLength(AnswerRules.MaxTextLength).IsRequired();
        builder.HasIndex(a => new { a.ResponseId, a.QuestionId }).IsUnique();
        builder.HasOne<SurveyQuestion>().WithMany().HasForeignKey(a => a.QuestionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SurveyReminderConfiguration : IEntityTypeConfiguration<SurveyReminder>
{
    public void Configure(EntityTypeBuilder<SurveyReminder> builder)
    {
        builder.ToTable("SurveyReminders");
        builder.Property(r => r.SentAtUtc).HasConversion(UtcDateTime.Converter);
        builder.HasIndex(r => new { r.SurveyId, r.ContactPersonId, r.DaysBefore }).IsUnique();
        builder.HasIndex(r => r.ContactPersonId);
        builder.HasOne<Survey>().WithMany().HasForeignKey(r => r.SurveyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Members.ContactPerson>().WithMany().HasForeignKey(r => r.ContactPersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
