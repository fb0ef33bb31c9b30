using Ecomuna.Core.Accounts;
using Ecomuna.Core.Audit;
using Ecomuna.Core.Background;
using Ecomuna.Core.Email.Outbox;
using Ecomuna.Core.Events;
using Ecomuna.Core.Examples;
using Ecomuna.Core.Governance;
using Ecomuna.Core.Invoicing;
using Ecomuna.Core.KeyIndicators;
using Ecomuna.Core.Members;
using Ecomuna.Core.Network;
using Ecomuna.Core.Newsletters;
using Ecomuna.Core.Privacy;
using Ecomuna.Core.Site;
using Ecomuna.Core.Surveys;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

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
    public DbSet<ReportingYear> ReportingYears => Set<ReportingYear>();
    public DbSet<IndicatorReport> IndicatorReports => Set<IndicatorReport>();
    public DbSet<IndicatorValue> IndicatorValues => Set<IndicatorValue>();
    public DbSet<IndicatorValueChange> IndicatorValueChanges => Set<IndicatorValueChange>();
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
    public DbSet<GoodExample> GoodExamples => Set<GoodExample>();
    public DbSet<ExampleTheme> ExampleThemes => Set<ExampleTheme>();
    public DbSet<ExampleImage> ExampleImages => Set<ExampleImage>();
    public DbSet<ExampleStatusChange> ExampleHistory => Set<ExampleStatusChange>();
    public DbSet<InitiativeOfTheYear> InitiativesOfTheYear => Set<InitiativeOfTheYear>();
    public DbSet<Survey> Surveys => Set<Survey>();
    public DbSet<SurveyQuestion> SurveyQuestions => Set<SurveyQuestion>();
    public DbSet<SurveyResponse> SurveyResponses => Set<SurveyResponse>();
    public DbSet<SurveyAnswer> SurveyAnswers => Set<SurveyAnswer>();
    public DbSet<SurveyReminder> SurveyReminders => Set<SurveyReminder>();
    public DbSet<NewsPost> NewsPosts => Set<NewsPost>();
    public DbSet<SitePage> SitePages => Set<SitePage>();
    public DbSet<SitePageVersion> SitePageVersions => Set<SitePageVersion>();
    public DbSet<PartnerNetwork> PartnerNetworks => Set<PartnerNetwork>();
    public DbSet<CooperationEntry> CooperationEntries => Set<CooperationEntry>();
    public DbSet<AccessibilityReport> AccessibilityReports => Set<AccessibilityReport>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<OutboxAttachment> OutboxAttachments => Set<OutboxAttachment>();
    public DbSet<EmailSuppression> EmailSuppressions => Set<EmailSuppression>();
    public DbSet<OutboxSettings> OutboxSettings => Set<OutboxSettings>();
    public DbSet<ScheduledJobState> ScheduledJobs => Set<ScheduledJobState>();
    public DbSet<SentReminder> SentReminders => Set<SentReminder>();
    public DbSet<Newsletter> Newsletters => Set<Newsletter>();
    public DbSet<NewsletterSubscriber> NewsletterSubscribers => Set<NewsletterSubscriber>();
    public DbSet<NewsletterOptOut> NewsletterOptOuts => Set<NewsletterOptOut>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<ErasureRequest> ErasureRequests => Set<ErasureRequest>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(EcomunaDbContext).Assembly);
        if (Database.IsNpgsql())
        {
            GoodExampleConfiguration.AddFullTextSearch(builder);
        }
    }
}
