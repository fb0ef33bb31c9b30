using System.Security.Cryptography;
using Ecomuna.Core.Calendar;
using Ecomuna.Core.Invoicing;
using Microsoft.EntityFrameworkCore.Storage;

namespace Ecomuna.Core.Events;

/// <summary>One person to register: who they are, where they come from and what they need.</summary>
public sealed record Registrant(string FirstName, string LastName, string Email, string? Organisation, string? DietaryNeeds, string? AccessibilityNeeds)
{
    public int? MemberId { get; init; }
    public int? ContactPersonId { get; init; }
    public string? UserId { get; init; }

    /// <summary>Where the invoice goes when a guest or network member pays.</summary>
    public string? InvoiceAddress { get; init; }

    /// <summary>The interface language at registration ("sv" or "en"), for later mails.</summary>
    public string? Language { get; init; }
}

public enum RegistrationRefusal
{
    None,
    NoSuchEvent,
    Closed,
    AlreadyRegistered,
    NobodyChosen,
}

/// <summary>What registering did: the registrations made and the invoices for those that pay, or why none was.</summary>
public sealed record RegistrationOutcome(RegistrationRefusal Refusal, IReadOnlyList<EventRegistration> Registrations, string? AlreadyRegisteredEmail = null)
{
    public bool Succeeded => Refusal == RegistrationRefusal.None;

    public IReadOnlyList<Invoice> Invoices { get; init; } = [];
}

/// <summary>A guest's registration after following the link in the mail; <see cref="JustConfirmed"/> the first time only.</summary>
public sealed record ConfirmOutcome(EventRegistration Registration, bool JustConfirmed)
{
    /// <summary>The invoice for the fee, when confirming took a seat at a price.</summary>
    public Invoice? Invoice { get; init; }
}

/// <summary>
/// A cancelled registration, the credit note for its fee (when it was charged and cancelled in time), and the one that
/// moved up from the waiting list into its seat with the invoice for its fee, if any.
/// </summary>
public sealed record CancelOutcome(EventRegistration Cancelled, EventRegistration? MovedUp)
{
    public Invoice? CreditNote { get; init; }

    public Invoice? MovedUpInvoice { get; init; }
}

/// <summary>
/// Registers people for events, confirms guests and cancels, shared by the pages and the tests that register many
/// people at once. Each operation runs in one transaction that first locks the event's row, so the duplicate check,
/// the seat count and the waiting list stay right when people register and cancel at the same moment; a unique index
/// backs the duplicate check. Seats are always taken and given back through <see cref="EventSeats"/>, and a seat taken
/// at a price is charged in the same transaction (<see cref="EventInvoices"/>).
/// </summary>
public sealed class EventRegistrations(EcomunaDbContext db, TimeProvider clock, SwedishTime swedishTime, IOptions<InvoicingOptions> invoicing)
{
    /// <summary>
    /// Registers everyone in <paramref name="people"/> at the price of <paramref name="category"/>. With
    /// <paramref name="confirmByEmail"/> (guests) they hold no seat until they confirm; otherwise each takes a seat
    /// or, when the event is full, a place on the waiting list. Nobody is registered if any of them already is.
    /// </summary>
    public async Task<RegistrationOutcome> RegisterAsync(
        int eventId, IReadOnlyList<Registrant> people, PriceCategory category, string? registeredByUserId, bool confirmByEmail, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(people);
        if (people.Count == 0)
        {
            return new(RegistrationRefusal.NobodyChosen, []);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await BeginAsync(ct);
        var calendarEvent = await LockAsync(eventId, ct);
        if (calendarEvent is null)
        {
            return new(RegistrationRefusal.NoSuchEvent, []);
        }

        if (!calendarEvent.IsOpenForRegistration(now))
        {
            return new(RegistrationRefusal.Closed, []);
        }

        var emails = people.Select(p => Normalize(p.Email)).ToList();
        var twice = emails.GroupBy(e => e).FirstOrDefault(g => g.Count() > 1)?.Key;
        var taken = twice ?? await db.EventRegistrations
            .Where(r => r.EventId == eventId && r.Status != RegistrationStatus.Cancelled)
            .WhereLowerIn(r => r.Email, emails)
            .Select(r => r.Email)
            .FirstOrDefaultAsync(ct);
        if (taken is not null)
        {
            return new(RegistrationRefusal.AlreadyRegistered, [], taken);
        }

        var registrations = new List<EventRegistration>();
        foreach (var person in people)
        {
            var status = confirmByEmail ? RegistrationStatus.Unconfirmed
                : await EventSeats.TryTakeAsync(db, eventId, ct) ? RegistrationStatus.Confirmed
                : RegistrationStatus.Waiting;
            var registration = new EventRegistration
            {
                EventId = eventId,
                Status = status,
                FirstName = person.FirstName.Trim(),
                LastName = person.LastName.Trim(),
                Email = Normalize(person.Email),
                Organisation = Clean(person.Organisation),
                InvoiceAddress = Clean(person.InvoiceAddress),
                Language = Clean(person.Language),
                MemberId = person.MemberId,
                ContactPersonId = person.ContactPersonId,
                UserId = person.UserId,
                RegisteredByUserId = registeredByUserId,
                PriceCategory = category,
                Price = calendarEvent.PriceFor(category),
                DietaryNeeds = Clean(person.DietaryNeeds),
                AccessibilityNeeds = Clean(person.AccessibilityNeeds),
                RegisteredAtUtc = now,
                ConfirmedAtUtc = confirmByEmail ? null : now,
                AccessToken = NewToken(),
            };
            db.EventRegistrations.Add(registration);
            registrations.Add(registration);
        }

        var invoices = await ChargeAsync(calendarEvent, registrations, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException exception) when (DatabaseErrors.IsUniqueViolation(exception))
        {
            // Another request registered one of these addresses between the check and the save. PostgreSQL refuses
            // anything more in the failed transaction, so it ends here even when the caller began it.
            db.ChangeTracker.Clear();
            await (db.Database.CurrentTransaction?.RollbackAsync(ct) ?? Task.CompletedTask);
            return new(RegistrationRefusal.AlreadyRegistered, [], emails.Count == 1 ? emails[0] : null);
        }

        await CommitAsync(transaction, ct);
        return new(RegistrationRefusal.None, registrations) { Invoices = invoices };
    }

    /// <summary>
    /// A guest confirms their email address: the registration takes a seat, or a place on the waiting list. Null when
    /// the token matches no registration; a registration confirmed before is returned as it is.
    /// </summary>
    public async Task<ConfirmOutcome?> ConfirmAsync(string token, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        var eventId = await db.EventRegistrations.Where(r => r.AccessToken == token).Select(r => (int?)r.EventId).SingleOrDefaultAsync(ct);
        if (eventId is null)
        {
            return null;
        }

        await using var transaction = await BeginAsync(ct);
        var calendarEvent = await LockAsync(eventId.Value, ct);
        var registration = await db.EventRegistrations.SingleAsync(r => r.AccessToken == token, ct);
        if (registration.Status != RegistrationStatus.Unconfirmed || calendarEvent is null || calendarEvent.IsCancelled)
        {
            return new(registration, JustConfirmed: false);
        }

        registration.Status = await EventSeats.TryTakeAsync(db, registration.EventId, ct) ? RegistrationStatus.Confirmed : RegistrationStatus.Waiting;
        registration.ConfirmedAtUtc = clock.GetUtcNow().UtcDateTime;
        var invoices = await ChargeAsync(calendarEvent, [registration], ct);
        await db.SaveChangesAsync(ct);
        await CommitAsync(transaction, ct);
        return new(registration, JustConfirmed: true) { Invoice = invoices.SingleOrDefault() };
    }

    /// <summary>
    /// Cancels a registration. A confirmed one gives its seat back, and in the same transaction the first on the
    /// waiting list (the earliest registration) takes it and is charged. A charged registration cancelled until the
    /// registration deadline (<see cref="CalendarEvent.CreditsCancellation"/>) has its invoice line credited; later it
    /// stays charged. Null when there is no such registration or it was already cancelled.
    /// </summary>
    public async Task<CancelOutcome?> CancelAsync(int registrationId, CancellationToken ct = default)
    {
        var eventId = await db.EventRegistrations.Where(r => r.Id == registrationId).Select(r => (int?)r.EventId).SingleOrDefaultAsync(ct);
        if (eventId is null)
        {
            return null;
        }

        await using var transaction = await BeginAsync(ct);
        var calendarEvent = (await LockAsync(eventId.Value, ct))!;
        var registration = await db.EventRegistrations.SingleAsync(r => r.Id == registrationId, ct);
        if (registration.Status == RegistrationStatus.Cancelled)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var heldSeat = registration.Status == RegistrationStatus.Confirmed;
        registration.Status = RegistrationStatus.Cancelled;
        registration.CancelledAtUtc = now;
        EventRegistration? movedUp = null;
        if (heldSeat)
        {
            await EventSeats.GiveBackAsync(db, registration.EventId, ct);
            movedUp = await db.EventRegistrations
                .Where(r => r.EventId == registration.EventId && r.Status == RegistrationStatus.Waiting)
                .OrderBy(r => r.Id)
                .FirstOrDefaultAsync(ct);
            if (movedUp is not null)
            {
                if (await EventSeats.TryTakeAsync(db, registration.EventId, ct))
                {
                    movedUp.Status = RegistrationStatus.Confirmed;
                }
                else
                {
                    movedUp = null;
                }
            }
        }

        var creditNotes = heldSeat && calendarEvent.CreditsCancellation(now)
            ? await EventInvoices.CreditAsync(db, [registration], invoicing.Value, Today(), clock.GetUtcNow(), ct)
            : [];
        var movedUpInvoices = movedUp is null ? [] : await ChargeAsync(calendarEvent, [movedUp], ct);
        await db.SaveChangesAsync(ct);
        await CommitAsync(transaction, ct);
        return new(registration, movedUp) { CreditNote = creditNotes.SingleOrDefault(), MovedUpInvoice = movedUpInvoices.SingleOrDefault() };
    }

    /// <summary>
    /// Credits every charged registration of a cancelled event that is not yet credited, one credit note per invoice.
    /// Returns the credit notes.
    /// </summary>
    public async Task<IReadOnlyList<Invoice>> CreditCancelledEventAsync(int eventId, CancellationToken ct = default)
    {
        await using var transaction = await BeginAsync(ct);
        var calendarEvent = await LockAsync(eventId, ct);
        if (calendarEvent is not { IsCancelled: true })
        {
            return [];
        }

        var charged = await db.EventRegistrations.Where(r => r.EventId == eventId && r.InvoiceLineId != null).ToListAsync(ct);
        var notes = await EventInvoices.CreditAsync(db, charged, invoicing.Value, Today(), clock.GetUtcNow(), ct);
        await db.SaveChangesAsync(ct);
        await CommitAsync(transaction, ct);
        return notes;
    }

    /// <summary>Invoices the confirmed registrations that have a price and no invoice yet.</summary>
    private Task<IReadOnlyList<Invoice>> ChargeAsync(CalendarEvent calendarEvent, IEnumerable<EventRegistration> registrations, CancellationToken ct) =>
        EventInvoices.IssueAsync(db, calendarEvent, registrations, invoicing.Value, Today(), clock.GetUtcNow(), ct);

    private DateOnly Today() => swedishTime.Today;

    /// <summary>
    /// Locks the event's row until the transaction ends (an update that changes nothing), then reads it fresh.
    /// Registrations and cancellations for one event thus run one after the other on both databases.
    /// </summary>
    private async Task<CalendarEvent?> LockAsync(int eventId, CancellationToken ct)
    {
        var found = await db.Events
            .Where(e => e.Id == eventId)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.ConfirmedCount, e => e.ConfirmedCount), ct);
        return found == 0 ? null : await db.Events.AsNoTracking().SingleAsync(e => e.Id == eventId, ct);
    }

    public static string Normalize(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        return email.Trim().ToLowerInvariant();
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string NewToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));

    // A caller that has begun a transaction (to commit its mail with the registration) keeps it; otherwise each change has its own.
    private async Task<IDbContextTransaction?> BeginAsync(CancellationToken ct) =>
        db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;

    private static async Task CommitAsync(IDbContextTransaction? transaction, CancellationToken ct)
    {
        if (transaction is not null)
        {
            await transaction.CommitAsync(ct);
        }
    }
}
