using Ecomuna.Core.Newsletters;

namespace Ecomuna.Core.Privacy;

/// <summary>Whom the personal data is about: an address, and the account and contact records that go with it.</summary>
public sealed record DataSubject(string Email, string? UserId, IReadOnlyList<int> ContactIds, IReadOnlyList<string> Names)
{
    /// <summary>
    /// The person behind an address: the account with that address (or <paramref name="userId"/>'s, when given, whose
    /// address then counts) and every contact record with the address or tied to the account.
    /// </summary>
    public static async Task<DataSubject> FindAsync(EcomunaDbContext db, string email, string? userId = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var address = NewsletterAddress.Normalize(email);
        var normalized = address.ToUpperInvariant();
        var user = userId is not null
            ? await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.Id, u.Email, u.DisplayName }).SingleOrDefaultAsync(ct)
            : await db.Users.AsNoTracking().Where(u => u.NormalizedEmail == normalized).Select(u => new { u.Id, u.Email, u.DisplayName }).FirstOrDefaultAsync(ct);
        if (user?.Email is { } accountEmail)
        {
            address = NewsletterAddress.Normalize(accountEmail);
        }

        var id = user?.Id;
        var byAccount = db.ContactPersons.Where(c => id != null && c.UserId == id);
        var byAddress = db.ContactPersons.Where(c => address != "").Where(TextSearch.LowerEquals<Members.ContactPerson>(c => c.Email, address));
        var contacts = await byAccount.Union(byAddress).AsNoTracking()
            .Select(c => new { c.Id, Name = c.FirstName + " " + c.LastName })
            .ToListAsync(ct);
        var names = contacts.Select(c => c.Name.Trim()).Append(user?.DisplayName ?? "")
            .Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        return new DataSubject(address, id, [.. contacts.Select(c => c.Id)], names);
    }

    /// <summary>True when the portal holds anything at all under the address.</summary>
    public bool IsKnown => UserId is not null || ContactIds.Count > 0;
}

/// <summary>Collects everything the portal holds about one person, as a plain object graph to write as JSON. Never secrets.</summary>
public static class PersonalDataExport
{
    public static async Task<PersonalDataFile> BuildAsync(EcomunaDbContext db, DataSubject who, DateTime nowUtc, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(who);
        var address = who.Email;
        var userId = who.UserId;
        var contactIds = who.ContactIds.ToList();

        var account = userId is null ? null : await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new AccountData(u.Email ?? "", u.DisplayName, u.PreferredLanguage, u.PhoneNumber, u.EmailConfirmed, u.TwoFactorEnabled,
                u.CreatedAtUtc, u.Member == null ? null : u.Member.Name, u.NetworkCategory == null ? null : u.NetworkCategory.ToString()))
            .SingleOrDefaultAsync(ct);
        var roles = userId is null ? [] : await db.UserRoles.Where(r => r.UserId == userId)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync(ct);
        if (account is not null)
        {
            account = account with { Roles = roles };
        }

        var contacts = await db.ContactPersons.AsNoTracking().Where(c => contactIds.Contains(c.Id)).OrderBy(c => c.Id)
            .Select(c => new ContactData(c.Member!.Name, c.Role.ToString(), c.FirstName, c.LastName, c.Title, c.Party, c.Email, c.Phone,
                c.IsDelegate, c.ShowPublicly, c.StartedOn, c.EndedOn, c.DetailsConfirmedAt))
            .ToListAsync(ct);

        var appointments = await db.Appointments.AsNoTracking().Where(a => contactIds.Contains(a.ContactPersonId)).OrderBy(a => a.From)
            .Select(a => new AppointmentData(a.Body.ToString(), a.WorkingGroup == null ? null : a.WorkingGroup.Name, a.Seat.ToString(), a.IsChair, a.From, a.To))
            .ToListAsync(ct);

        var profiles = userId is null ? [] : await db.NetworkProfiles.AsNoTracking().Where(p => p.UserId == userId)
            .Select(p => new NetworkProfileData(p.Category.ToString(), p.Name, p.Organisation, p.CountryCode, p.City, p.Website, p.Description,
                p.ShowInDirectory, p.Status.ToString(), p.MemberSince))
            .ToListAsync(ct);

        var registrations = await Registrations(db, who).OrderBy(r => r.RegisteredAtUtc)
            .Join(db.Events, r => r.EventId, e => e.Id, (r, e) => new RegistrationData(
                e.Title, e.StartsAtUtc, r.Status.ToString(), r.FirstName, r.LastName, r.Email, r.Organisation, r.InvoiceAddress,
                r.DietaryNeeds, r.AccessibilityNeeds, r.PriceCategory.ToString(), r.Price, r.RegisteredAtUtc, r.ConfirmedAtUtc, r.CancelledAtUtc,
                r.CheckedInAtUtc, r.Invoice == null ? null : r.Invoice.Number))
            .ToListAsync(ct);

        var names = who.Names.ToList();
        var responses = await db.SurveyResponses.AsNoTracking()
            .Where(r => (r.ContactPersonId != null && contactIds.Contains(r.ContactPersonId.Value)) || names.Contains(r.UpdatedBy))
            .Join(db.Surveys, r => r.SurveyId, s => s.Id, (r, s) => new { Response = r, s.TitleSv, s.TitleEn })
            .OrderBy(x => x.Response.Id)
            .Select(x => new
            {
                x.Response.Id, Title = x.TitleEn != "" ? x.TitleEn : x.TitleSv, PerPerson = x.Response.ContactPersonId != null,
                x.Response.SubmittedAtUtc, x.Response.UpdatedAtUtc, x.Response.UpdatedBy,
            })
            .ToListAsync(ct);
        var responseIds = responses.Select(r => r.Id).ToList();
        var answers = (await db.SurveyAnswers.AsNoTracking().Where(a => responseIds.Contains(a.ResponseId))
                .Join(db.SurveyQuestions, a => a.QuestionId, q => q.Id, (a, q) => new { a.ResponseId, q.Position, Question = q.TextEn != "" ? q.TextEn : q.TextSv, a.Value })
                .ToListAsync(ct))
            .ToLookup(a => a.ResponseId);
        var surveyData = responses.Select(r => new SurveyResponseData(
            r.Title, r.PerPerson ? "Own answer" : "Answer for the organisation", r.SubmittedAtUtc, r.UpdatedAtUtc, r.UpdatedBy,
            [.. answers[r.Id].OrderBy(a => a.Position).Select(a => new SurveyAnswerData(a.Question, a.Value))])).ToList();

        var subscriptions = await db.NewsletterSubscribers.AsNoTracking().Where(s => s.Email == address)
            .Select(s => new SubscriptionData(s.Email, s.Name, s.Language, s.ConsentGivenAtUtc, s.ConsentText, s.ConsentLanguage, s.ConfirmedAtUtc, s.UnsubscribedAtUtc))
            .ToListAsync(ct);
        var optOut = await db.NewsletterOptOuts.AsNoTracking().Where(o => o.Email == address).Select(o => (DateTime?)o.CreatedAtUtc).FirstOrDefaultAsync(ct);

        var examples = await db.GoodExamples.AsNoTracking()
            .Where(e => (address != "" && e.ContactEmail == address) || (userId != null && e.History.Any(h => h.ByUserId == userId)))
            .OrderBy(e => e.Id)
            .Select(e => new ExampleData(e.Title, e.Member!.Name, e.Year, e.Status.ToString(), e.ContactName, e.ContactEmail, e.CreatedAtUtc, e.PublishedAtUtc))
            .ToListAsync(ct);

        var reports = await db.IndicatorReports.AsNoTracking()
            .Where(r => r.UpdatedBy == address || r.SubmittedBy == address)
            .Join(db.Members, r => r.MemberId, m => m.Id, (r, m) => new IndicatorReportData(m.Name, r.Year, r.Status.ToString(), r.UpdatedAtUtc, r.UpdatedBy, r.SubmittedAtUtc, r.SubmittedBy))
            .ToListAsync(ct);

        var changeRequests = await db.ChangeRequests.AsNoTracking()
            .Where(r => (userId != null && r.RequestedByUserId == userId) || r.RequestedBy == address)
            .OrderBy(r => r.Id)
            .Select(r => new ChangeRequestData(r.Member!.Name, r.Kind.ToString(), r.Status.ToString(), r.Comment, r.RequestedAt, r.DecidedAt, r.DeclineReason))
            .ToListAsync(ct);

        var mail = await db.OutboxMessages.AsNoTracking().Where(TextSearch.LowerEquals<Email.Outbox.OutboxMessage>(m => m.To, address)).OrderBy(m => m.Id)
            .Select(m => new MailData(m.Subject, m.CreatedAtUtc, m.Status.ToString(), m.SentAtUtc))
            .ToListAsync(ct);

        var accessibility = await db.AccessibilityReports.AsNoTracking().Where(r => r.Email == address)
            .Select(r => new AccessibilityReportData(r.Page, r.Description, r.Name, r.Email, r.ReceivedAtUtc))
            .ToListAsync(ct);

        var suppressed = await db.EmailSuppressions.AsNoTracking().Where(s => s.Address == address).Select(s => (DateTime?)s.CreatedAtUtc).FirstOrDefaultAsync(ct);

        return new PersonalDataFile(nowUtc, address, account, contacts, appointments, profiles, registrations, surveyData, subscriptions, optOut,
            examples, reports, changeRequests, mail, accessibility, suppressed);
    }

    /// <summary>The person's event registrations: under their address, made for their account or for their contact records.</summary>
    public static IQueryable<Events.EventRegistration> Registrations(EcomunaDbContext db, DataSubject who)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(who);
        var (address, userId, contactIds) = (who.Email, who.UserId, who.ContactIds.ToList());
        return db.EventRegistrations.AsNoTracking().Where(r =>
            (address != "" && r.Email == address) || (userId != null && r.UserId == userId)
            || (r.ContactPersonId != null && contactIds.Contains(r.ContactPersonId.Value)));
    }
}

#pragma warning disable CA1002, CA2227 // Plain records written as JSON.
public sealed record PersonalDataFile(
    DateTime ExportedAtUtc,
    string Email,
    AccountData? Account,
    IReadOnlyList<ContactData> ContactRecords,
    IReadOnlyList<AppointmentData> Appointments,
    IReadOnlyList<NetworkProfileData> NetworkProfiles,
    IReadOnlyList<RegistrationData> EventRegistrations,
    IReadOnlyList<SurveyResponseData> SurveyResponses,
    IReadOnlyList<SubscriptionData> NewsletterSubscriptions,
    DateTime? NewsletterOptOutAtUtc,
    IReadOnlyList<ExampleData> GoodExamples,
    IReadOnlyList<IndicatorReportData> IndicatorReports,
    IReadOnlyList<ChangeRequestData> ChangeRequests,
    IReadOnlyList<MailData> MailInOutbox,
    IReadOnlyList<AccessibilityReportData> AccessibilityReports,
    DateTime? MailRefusedPermanentlySinceUtc);

public sealed record AccountData(
    string Email, string DisplayName, string Language, string? Phone, bool EmailConfirmed, bool TwoFactorEnabled, DateTime? CreatedAtUtc,
    string? ActsForMember, string? NetworkCategory)
{
    public IReadOnlyList<string> Roles { get; init; } = [];
}

public sealed record ContactData(
    string Organisation, string Role, string FirstName, string LastName, string? Title, string? Party, string Email, string? Phone,
    bool IsDelegate, bool ShownInPublicDirectory, DateOnly? StartedOn, DateOnly? EndedOn, DateTimeOffset? DetailsConfirmedAt);

public sealed record AppointmentData(string Body, string? WorkingGroup, string Seat, bool IsChair, DateOnly From, DateOnly? To);

public sealed record NetworkProfileData(
    string Category, string Name, string? Organisation, string Country, string? City, string? Website, string? Description,
    bool ShownInDirectory, string Status, DateOnly? MemberSince);

public sealed record RegistrationData(
    string Event, DateTime EventStartsAtUtc, string Status, string FirstName, string LastName, string Email, string? Organisation,
    string? InvoiceAddress, string? DietaryNeeds, string? AccessibilityNeeds, string PriceCategory, decimal Price,
    DateTime RegisteredAtUtc, DateTime? ConfirmedAtUtc, DateTime? CancelledAtUtc, DateTime? CheckedInAtUtc, long? InvoiceNumber);

public sealed record SurveyResponseData(string Survey, string Kind, DateTime? SubmittedAtUtc, DateTime UpdatedAtUtc, string LastEditedBy, IReadOnlyList<SurveyAnswerData> Answers);

public sealed record SurveyAnswerData(string Question, string Answer);

public sealed record SubscriptionData(
    string Email, string? Name, string Language, DateTime ConsentGivenAtUtc, string ConsentText, string ConsentLanguage,
    DateTime? ConfirmedAtUtc, DateTime? UnsubscribedAtUtc);

public sealed record ExampleData(string Title, string Organisation, int Year, string Status, string ContactName, string ContactEmail, DateTime CreatedAtUtc, DateTime? PublishedAtUtc);

public sealed record IndicatorReportData(string Organisation, int Year, string Status, DateTime UpdatedAtUtc, string UpdatedBy, DateTime? SubmittedAtUtc, string? SubmittedBy);

public sealed record ChangeRequestData(string Organisation, string Kind, string Status, string? Comment, DateTimeOffset RequestedAt, DateTimeOffset? DecidedAt, string? DeclineReason);

public sealed record MailData(string Subject, DateTime CreatedAtUtc, string Status, DateTime? SentAtUtc);

public sealed record AccessibilityReportData(string Page, string Description, string? Name, string? Email, DateTime ReceivedAtUtc);
#pragma warning restore CA1002, CA2227
