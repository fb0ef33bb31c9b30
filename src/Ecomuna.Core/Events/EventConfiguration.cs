using Ecomuna.Core.Events;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Ecomuna.Core.Events;

internal sealed class EventConfiguration : IEntityTypeConfiguration<CalendarEvent>
{
    public void Configure(EntityTypeBuilder<CalendarEvent> builder)
    {
        builder.ToTable("Events");
        builder.Property(e => e.Title).HasMaxLength(200).IsRequired();
        builder.Property(e => e.Description).HasMaxLength(20_000).IsRequired();
        builder.Property(e => e.TimeZone).HasMaxLength(64).IsRequired();
        builder.Property(e => e.Place).HasMaxLength(300);
        builder.Property(e => e.OnlineLink).HasMaxLength(500);
        builder.Property(e => e.CalendarUid).HasMaxLength(100).IsRequired();
        builder.Property(e => e.MemberPrice).HasPrecision(12, 2);
        builder.Property(e => e.NetworkMemberPrice).HasPrecision(12, 2);
        builder.Property(e => e.NonMemberPrice).HasPrecision(12, 2);
        builder.Property(e => e.VatRate).HasPrecision(5, 4);
        builder.Property(e => e.StartsAtUtc).HasConversion(UtcDateTime.Converter);
        builder.Property(e => e.EndsAtUtc).HasConversion(UtcDateTime.Converter);
        builder.Property(e => e.RegistrationOpensAtUtc).HasConversion(UtcDateTime.NullableConverter);
        builder.Property(e => e.RegistrationDeadlineUtc).HasConversion(UtcDateTime.NullableConverter);
        builder.Property(e => e.CancelledAtUtc).HasConversion(UtcDateTime.NullableConverter);
        builder.HasIndex(e => e.StartsAtUtc);
        builder.HasIndex(e => e.CalendarUid).IsUnique();
        builder.HasOne<Governance.WorkingGroup>().WithMany().HasForeignKey(e => e.WorkingGroupId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class EventRegistrationConfiguration : IEntityTypeConfiguration<EventRegistration>
{
    public void Configure(EntityTypeBuilder<EventRegistration> builder)
    {
        builder.ToTable("EventRegistrations");
        builder.Property(r => r.FirstName).HasMaxLength(100).IsRequired();
        builder.Property(r => r.LastName).HasMaxLength(100).IsRequired();
        builder.Property(r => r.Email).HasMaxLength(256).IsRequired();
        builder.Property(r => r.Organisation).HasMaxLength(200);
        builder.Property(r => r.InvoiceAddress).HasMaxLength(500);
        builder.Property(r => r.Language).HasMaxLength(8);
        builder.Property(r => r.DietaryNeeds).HasMaxLength(500);
        builder.Property(r => r.AccessibilityNeeds).HasMaxLength(500);
        builder.Property(r => r.AccessToken).HasMaxLength(64).IsRequired();
        builder.Property(r => r.Price).HasPrecision(12, 2);
        builder.Property(r => r.RegisteredAtUtc).HasConversion(UtcDateTime.Converter);
        builder.Property(r => r.ConfirmedAtUtc).HasConversion(UtcDateTime.NullableConverter);
        builder.Property(r => r.CancelledAtUtc).HasConversion(UtcDateTime.NullableConverter);
        builder.Property(r => r.CheckedInAtUtc).HasConversion(UtcDateTime.NullableConverter);
        builder.HasIndex(r => new { r.EventId, r.Status });
        // One active registration per address and event, even when two requests race; cancelled ones may repeat.
        builder.HasIndex(r => new { r.EventId, r.Email }).IsUnique().HasFilter($"\"Status\" <> {(int)RegistrationStatus.Cancelled}");
        builder.HasIndex(r => r.AccessToken).IsUnique();
        builder.HasIndex(r => r.MemberId);
        builder.HasIndex(r => r.UserId);
        builder.HasOne<CalendarEvent>().WithMany().HasForeignKey(r => r.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Members.Member>().WithMany().HasForeignKey(r => r.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Members.ContactPerson>().WithMany().HasForeignKey(r => r.ContactPersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Invoice).WithMany().HasForeignKey(r => r.InvoiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.InvoiceLine).WithMany().HasForeignKey(r => r.InvoiceLineId).OnDelete(DeleteBehavior.Restrict);
    }
}
