using System.Security.Cryptography;
using Ecomuna.Core.Email;
using Ecomuna.Core.Email.Outbox;
using Ecomuna.Core.Events;

namespace Ecomuna.Core.Privacy;

/// <summary>What an erasure removed or pseudonymised, in numbers.</summary>
public sealed record ErasureOutcome(
    bool AccountDeleted, int ContactRecords, int Registrations, int RegistrationsDeleted, int Invoices, int SurveyResponses,
    int Subscriptions, int OutboxMessages, int Examples, int OtherRecords)
{
    public string Summary => string.Create(CultureInfo.InvariantCulture,
        $"account {(AccountDeleted ? "deleted" : "none")}; contact records {ContactRecords}; event registrations pseudonymised {Registrations}, deleted {RegistrationsDeleted}; "
        + $"invoices with the name removed {Invoices}; survey responses {SurveyResponses}; newsletter subscriptions deleted {Subscriptions}; "
        + $"mail removed from the outbox {OutboxMessages}; good examples {Examples}; other records {OtherRecords}");
}

/// <summary>
/// Erases a person's personal data. Names become <see cref="ErasedName"/>, addresses and phone numbers go, the login
/// account is deleted, newsletter subscriptions and unconfirmed registrations are deleted, and what statistics and the
/// accounting law need stays in pseudonymised form: registrations, survey responses, contact records (ended) and
/// issued invoices, which keep their buyer, amounts and dates but lose the person's name in references and lines.
/// Everything runs in one transaction; the confirmation mail is queued in it, before the address is removed.
/// </summary>
public static class PersonalDataErasure
{
    public const string ErasedName = "Erased person";

    private static readonly string[] PersonalContactProperties = ["FirstName", "LastName", "Email", "Phone", "Title", "Party", "UserId"];

    /// <summary>
    /// Erases everything held about <paramref name="who"/>, queues <paramref name="confirmation"/> (to the person's
    /// address) first, and records the erasure as done on <paramref name="request"/> (added when new).
    /// </summary>
    public static async Task<ErasureOutcome> EraseAsync(
        EcomunaDbContext db, EmailOutbox outbox, DataSubject who, EmailMessage? confirmation, ErasureRequest request, string doneBy,
        DateTime nowUtc, DateOnly today, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(outbox);
        ArgumentNullException.ThrowIfNull(who);
        ArgumentNullException.ThrowIfNull(request);
        var (address, userId, contactIds, names) = (who.Email, who.UserId, who.ContactIds.ToList(), who.Names.Append(who.Email).ToList());
        var other = 0;

        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;

        // Mail waiting for or sent to the person holds their links; the confirmation replaces it.
        var mails = address == "" ? 0 : await db.OutboxMessages.Where(TextSearch.LowerEquals<OutboxMessage>(m => m.To, address)).ExecuteDeleteAsync(ct);
        if (confirmation is not null)
        {
            outbox.Enqueue(confirmation);
        }

        var subscriptions = await db.NewsletterSubscribers.Where(s => s.Email == address).ExecuteDeleteAsync(ct);
        other += await db.NewsletterOptOuts.Where(o => o.Email == address).ExecuteDeleteAsync(ct);
        other += await db.EmailSuppressions.Where(s => s.Address == address).ExecuteDeleteAsync(ct);

        // Registrations: unconfirmed ones hold no seat and go; the others stay for the head counts, without the person.
        var registrationIds = await PersonalDataExport.Registrations(db, who).Select(r => r.Id).ToListAsync(ct);
        var deleted = await db.EventRegistrations
            .Where(r => registrationIds.Contains(r.Id) && r.Status == RegistrationStatus.Unconfirmed && r.InvoiceId == null)
            .ExecuteDeleteAsync(ct);
        var registrations = await db.EventRegistrations.Where(r => registrationIds.Contains(r.Id)).ToListAsync(ct);
        var invoiceNames = new Dictionary<int, HashSet<string>>();
        foreach (var registration in registrations)
        {
            if (registration.InvoiceId is { } invoiceId)
            {
                (invoiceNames.TryGetValue(invoiceId, out var set) ? set : invoiceNames[invoiceId] = []).Add(registration.FullName.Trim());
            }

            registration.FirstName = ErasedName;
            registration.LastName = "";
            registration.Email = "erased-" + registration.Id.ToString(CultureInfo.InvariantCulture);
            registration.Organisation = null;
            registration.InvoiceAddress = null;
            registration.DietaryNeeds = null;
            registration.AccessibilityNeeds = null;
            registration.UserId = null;
            registration.RegisteredByUserId = null;
            registration.AccessToken = Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
        }

        if (userId is not null)
        {
            other += await db.EventRegistrations.Where(r => r.RegisteredByUserId == userId).ExecuteUpdateAsync(s => s.SetProperty(r => r.RegisteredByUserId, (string?)null), ct);
        }

        var invoices = await EraseFromInvoicesAsync(db, invoiceNames, names, ct);

        // Contact records stay (ended, without the person) so appointments, registrations and answers keep their link.
        var contacts = await db.ContactPersons.Where(c => contactIds.Contains(c.Id)).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.FirstName, ErasedName).SetProperty(c => c.LastName, "").SetProperty(c => c.Email, "")
            .SetProperty(c => c.Phone, (string?)null).SetProperty(c => c.Title, (string?)null).SetProperty(c => c.Party, (string?)null)
            .SetProperty(c => c.UserId, (string?)null).SetProperty(c => c.ShowPublicly, false).SetProperty(c => c.IsDelegate, false)
            .SetProperty(c => c.EndedOn, c => c.EndedOn == null || c.EndedOn > today ? today : c.EndedOn), ct);
        other += await db.Appointments.Where(a => contactIds.Contains(a.ContactPersonId) && (a.To == null || a.To > today))
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.To, today), ct);
        other += await db.ChangeLog
            .Where(e => e.ContactPersonId != null && contactIds.Contains(e.ContactPersonId.Value) && (e.Property == null || PersonalContactProperties.Contains(e.Property)))
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.OldValue, (string?)null).SetProperty(e => e.NewValue, (string?)null), ct);
        other += await db.ChangeLog.Where(e => e.ChangedBy == address).ExecuteUpdateAsync(s => s.SetProperty(e => e.ChangedBy, ErasedName), ct);

        var responses = await db.SurveyResponses.Where(r => names.Contains(r.UpdatedBy)).ExecuteUpdateAsync(s => s.SetProperty(r => r.UpdatedBy, ErasedName), ct);
        responses += await db.SurveyResponses.Where(r => r.ContactPersonId != null && contactIds.Contains(r.ContactPersonId.Value) && r.UpdatedBy != ErasedName).CountAsync(ct);

        other += await db.IndicatorReports.Where(r => r.UpdatedBy == address).ExecuteUpdateAsync(s => s.SetProperty(r => r.UpdatedBy, ErasedName), ct);
        other += await db.IndicatorReports.Where(r => r.SubmittedBy == address).ExecuteUpdateAsync(s => s.SetProperty(r => r.SubmittedBy, ErasedName), ct);
        other += await db.IndicatorValues.Where(v => v.UpdatedBy == address).ExecuteUpdateAsync(s => s.SetProperty(v => v.UpdatedBy, ErasedName), ct);
        other += await db.IndicatorValueChanges.Where(v => v.ChangedBy == address).ExecuteUpdateAsync(s => s.SetProperty(v => v.ChangedBy, ErasedName), ct);

        other += await db.ChangeRequests.Where(r => (userId != null && r.RequestedByUserId == userId) || r.RequestedBy == address)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.RequestedBy, ErasedName).SetProperty(r => r.RequestedByUserId, (string?)null), ct);
        other += await db.ChangeRequests.Where(r => r.DecidedBy == address).ExecuteUpdateAsync(s => s.SetProperty(r => r.DecidedBy, ErasedName), ct);

        var examples = await db.GoodExamples.Where(e => e.ContactEmail == address)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.ContactName, "").SetProperty(e => e.ContactEmail, ""), ct);
        if (userId is not null)
        {
            other += await db.ExampleHistory.Where(h => h.ByUserId == userId)
                .ExecuteUpdateAsync(s => s.SetProperty(h => h.ByUserId, (string?)null).SetProperty(h => h.ByName, ErasedName), ct);
        }

        other += await db.AccessibilityReports.Where(r => r.Email == address)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Email, (string?)null).SetProperty(r => r.Name, (string?)null), ct);
        other += await EraseAuthorTracesAsync(db, address, ct);

        var accountDeleted = false;
        if (userId is not null)
        {
            // Roles, tokens, logins and a network profile go with the account (the database cascades).
            accountDeleted = await db.Users.Where(u => u.Id == userId).ExecuteDeleteAsync(ct) > 0;
        }

        // The audit log keeps what happened, but no longer who it was: the account id is all that stays.
        if (address != "" || userId is not null)
        {
            await db.AuditEntries.Where(a => (userId != null && a.ActorUserId == userId) || (address != "" && a.ActorEmail == address))
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.ActorEmail, (string?)null).SetProperty(a => a.ActorName, ErasedName), ct);
            if (address != "")
            {
                await db.AuditEntries.Where(a => a.Summary.Contains(address))
                    .ExecuteUpdateAsync(s => s.SetProperty(a => a.Summary, a => a.Summary.Replace(address, ErasedName)), ct);
            }
        }

        var outcome = new ErasureOutcome(accountDeleted, contacts, registrations.Count, deleted, invoices, responses, subscriptions, mails, examples, other);
        await db.ErasureRequests.Where(r => r.Id != request.Id && r.Status == ErasureStatus.Open && (r.Email == address || (userId != null && r.UserId == userId)))
            .ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Status, ErasureStatus.Done).SetProperty(r => r.Email, "").SetProperty(r => r.UserId, (string?)null)
                .SetProperty(r => r.DoneBy, doneBy).SetProperty(r => r.DoneAtUtc, nowUtc).SetProperty(r => r.Outcome, "Carried out with request " + request.Id.ToString(CultureInfo.InvariantCulture)), ct);
        if (request.Id == 0)
        {
            db.ErasureRequests.Add(request);
        }

        request.Status = ErasureStatus.Done;
        request.Email = "";
        request.UserId = null;
        request.DoneBy = doneBy;
        request.DoneAtUtc = nowUtc;
        request.Outcome = outcome.Summary;
        await db.SaveChangesAsync(ct);
        if (transaction is not null)
        {
            await transaction.CommitAsync(ct);
        }

        return outcome;
    }

    /// <summary>
    /// Issued invoices are kept (the accounting law's seven years) with their buyer, amounts and dates. The person's
    /// name goes from the buyer reference and the line descriptions, of the invoice and its credit notes. When the
    /// person was the buyer themself (a guest paying privately), the buyer's name and address stay, as the law asks.
    /// </summary>
    private static async Task<int> EraseFromInvoicesAsync(EcomunaDbContext db, Dictionary<int, HashSet<string>> invoiceNames, List<string> names, CancellationToken ct)
    {
        var ids = invoiceNames.Keys.ToList();
        if (ids.Count == 0)
        {
            return 0;
        }

        var invoices = await db.Invoices.Include(i => i.Lines)
            .Where(i => ids.Contains(i.Id) || (i.CreditedInvoiceId != null && ids.Contains(i.CreditedInvoiceId.Value)))
            .ToListAsync(ct);
        foreach (var invoice in invoices)
        {
            var personNames = invoiceNames.GetValueOrDefault(invoice.CreditedInvoiceId ?? invoice.Id) ?? [];
            if (invoice.BuyerReference is { } reference && (personNames.Contains(reference) || names.Contains(reference)))
            {
                invoice.BuyerReference = null;
            }

            foreach (var line in invoice.Lines)
            {
                foreach (var name in personNames.Where(n => n.Length > 0))
                {
                    line.Description = line.Description.Replace(": " + name + " (", ": " + ErasedName + " (", StringComparison.Ordinal);
                }
            }
        }

        await db.InvoiceSends.Where(s => ids.Contains(s.InvoiceId)).ExecuteUpdateAsync(s => s.SetProperty(x => x.To, "erased"), ct);
        return invoices.Count;
    }

    /// <summary>Where the person's address is recorded as who did something (usually a secretariat admin).</summary>
    private static async Task<int> EraseAuthorTracesAsync(EcomunaDbContext db, string address, CancellationToken ct)
    {
        if (address == "")
        {
            return 0;
        }

        var count = await db.Newsletters.Where(n => n.UpdatedBy == address).ExecuteUpdateAsync(s => s.SetProperty(n => n.UpdatedBy, ErasedName), ct);
        count += await db.OutboxSettings.Where(o => o.ChangedBy == address).ExecuteUpdateAsync(s => s.SetProperty(o => o.ChangedBy, ErasedName), ct);
        count += await db.AccessibilityReports.Where(r => r.HandledBy == address).ExecuteUpdateAsync(s => s.SetProperty(r => r.HandledBy, ErasedName), ct);
        count += await db.Invoices.Where(i => i.IssuedBy == address).ExecuteUpdateAsync(s => s.SetProperty(i => i.IssuedBy, ErasedName), ct);
        count += await db.Payments.Where(p => p.RegisteredBy == address).ExecuteUpdateAsync(s => s.SetProperty(p => p.RegisteredBy, ErasedName), ct);
        count += await db.BgMaxImports.Where(b => b.ImportedBy == address).ExecuteUpdateAsync(s => s.SetProperty(b => b.ImportedBy, ErasedName), ct);
        count += await db.ErasureRequests.Where(r => r.DoneBy == address).ExecuteUpdateAsync(s => s.SetProperty(r => r.DoneBy, ErasedName), ct);
        return count;
    }
}
