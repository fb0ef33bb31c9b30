using Ecomuna.Core.Accounts;
using Ecomuna.Core.Background;
using Ecomuna.Core.Email.Outbox;
using Ecomuna.Core.Events;
using Ecomuna.Core.Governance;
using Ecomuna.Core.Invoicing;
using Ecomuna.Core.KeyIndicators;
using Ecomuna.Core.Members;
using Ecomuna.Core.Network;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Ecomuna.Core.Data;

/// <summary>The one database context: accounts (Identity) and the association's domain.</summary>
public sealed class EcomunaDbContext(DbContextOptions<EcomunaDbContext> options) : IdentityDbContext<AppUser>(options)
{
    public DbSet<Member> Members => Set<Member>();
    public DbSet<PopulationFigure> PopulationFigures => Set<PopulationFigure>();
    public DbSet<ContactPerson> ContactPersons => Set<ContactPerson>();
    public DbSet<ChangeLogEntry> ChangeLog => Set<ChangeLogEntry>();
    public DbSet<MemberChangeRequest> ChangeRequests => Set<MemberChangeRequest>();
    public DbSet<Appointment> Appointments => Set<Appointment>();
    public DbSet<WorkingGroup> WorkingGroups => Set<WorkingGroup>();
    public DbSet<NetworkProfile> NetworkProfiles => Set<NetworkProfile>();
    public DbSet<KeyIndicator> KeyIndicators => Set<KeyIndicator>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<CalendarEvent> Events => Set<CalendarEvent>();
    public DbSet<EventRegistration> EventRegistrations => Set<EventRegistration>();
    public DbSet<FeeSchedule> FeeSchedules => Set<FeeSchedule>();
    public DbSet<Invoice> Invoices => Set<Invoice>();
    public DbSet<InvoiceLine> InvoiceLines => Set<InvoiceLine>();
    public DbSet<Payment> Payments => Set<Payment>();
    public DbSet<BgMaxImport> BgMaxImports => Set<BgMaxImport>();
    public DbSet<InvoiceSend> InvoiceSends => Set<InvoiceSend>();
    public DbSet<InvoiceNumberSeries> InvoiceNumberSeries => Set<InvoiceNumberSeries>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<OutboxAttachment> OutboxAttachments => Set<OutboxAttachment>();
    public DbSet<EmailSuppression> EmailSuppressions => Set<EmailSuppression>();
    public DbSet<OutboxSettings> OutboxSettings => Set<OutboxSettings>();
    public DbSet<ScheduledJobState> ScheduledJobs => Set<ScheduledJobState>();
    public DbSet<SentReminder> SentReminders => Set<SentReminder>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(EcomunaDbContext).Assembly);
    }
}
