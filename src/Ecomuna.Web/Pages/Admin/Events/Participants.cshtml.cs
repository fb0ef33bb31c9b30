using CsvHelper;
using Ecomuna.Core.Events;

namespace Ecomuna.Web.Pages.Admin.Events;

/// <summary>
/// An event's registrations: confirmed, waiting in order, not yet confirmed and cancelled, with their needs; a CSV of
/// them; check-in at the door. At the annual meeting it also shows which members attended and which of their
/// delegates.
/// </summary>
public sealed class ParticipantsModel(EcomunaDbContext db, TimeProvider clock, SwedishTime swedishTime, IStringLocalizer<EventAdminResource> text) : PageModel
{
    public static readonly IReadOnlyList<RegistrationStatus> StatusOrder =
        [RegistrationStatus.Confirmed, RegistrationStatus.Waiting, RegistrationStatus.Unconfirmed, RegistrationStatus.Cancelled];

    public int EventId { get; private set; }
    public string Title { get; private set; } = "";
    public string When { get; private set; } = "";
    public string TimeZone { get; private set; } = EventTime.DefaultTimeZone;
    public bool IsAnnualMeeting { get; private set; }
    public bool IsCancelled { get; private set; }
    public int? Capacity { get; private set; }

    public IReadOnlyList<Participant> Registrations { get; private set; } = [];

    /// <summary>At the annual meeting: each member with at least one participant checked in.</summary>
    public IReadOnlyList<MemberAttendance> Attendance { get; private set; } = [];

    public int CheckedIn => Registrations.Count(r => r.Status == RegistrationStatus.Confirmed && r.CheckedInAtUtc is not null);

    public IEnumerable<Participant> WithStatus(RegistrationStatus status) => Registrations.Where(r => r.Status == status);

    public sealed record Participant(
        int Id, RegistrationStatus Status, string FirstName, string LastName, string Email, string? Organisation, int? MemberId, int? ContactPersonId,
        PriceCategory PriceCategory, decimal Price, string? DietaryNeeds, string? AccessibilityNeeds, DateTime RegisteredAtUtc, DateTime? CheckedInAtUtc)
    {
        /// <summary>The invoice the fee was charged on, and whether this person's line on it was credited.</summary>
        public int? InvoiceId { get; init; }
        public long? InvoiceNumber { get; init; }
        public bool InvoiceCredited { get; init; }

        public string FullName => $"{FirstName} {LastName}";
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnGetCsvAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        return CsvExport.File(
            string.Create(CultureInfo.InvariantCulture, $"participants-{id}-{clock.GetUtcNow():yyyy-MM-dd}.csv"),
            [
                text["Csv.Status"].Value, text["Csv.FirstName"].Value, text["Csv.LastName"].Value, text["Csv.Email"].Value, text["Csv.Organisation"].Value,
                text["Csv.PriceCategory"].Value, text["Csv.Price"].Value, text["Csv.DietaryNeeds"].Value, text["Csv.AccessibilityNeeds"].Value,
                text["Csv.RegisteredAt"].Value, text["Csv.CheckedInAt"].Value, text["Csv.Invoice"].Value,
            ],
            StatusOrder.SelectMany(WithStatus).Select(row => new string?[]
            {
                text[$"Status.{row.Status}"].Value,
                row.FirstName,
                row.LastName,
                row.Email,
                row.Organisation,
                text[$"PriceCategory.{row.PriceCategory}"].Value,
                row.Price.ToString("0.00", CultureInfo.InvariantCulture),
                row.DietaryNeeds,
                row.AccessibilityNeeds,
                EventTime.ToLocal(row.RegisteredAtUtc, TimeZone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                row.CheckedInAtUtc is { } checkedIn ? EventTime.ToLocal(checkedIn, TimeZone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : null,
                InvoiceText(row),
            }));
    }

    /// <summary>Checks a confirmed participant in, or undoes a check-in made by mistake.</summary>
    public async Task<IActionResult> OnPostCheckInAsync(int id, int registrationId, CancellationToken ct)
    {
        var registration = await db.EventRegistrations.SingleOrDefaultAsync(r => r.Id == registrationId && r.EventId == id, ct);
        if (registration is null)
        {
            return NotFound();
        }

        if (registration.Status != RegistrationStatus.Confirmed)
        {
            TempData["StatusMessage"] = text["Participants.OnlyConfirmed", registration.FullName].Value;
            return RedirectToPage(new { id });
        }

        registration.CheckedInAtUtc = registration.CheckedInAtUtc is null ? clock.GetUtcNow().UtcDateTime : null;
        await db.SaveChangesAsync(ct);
        TempData["StatusMessage"] = text[registration.CheckedInAtUtc is null ? "Participants.CheckInUndone" : "Participants.CheckedInMessage", registration.FullName].Value;
        return RedirectToPage(null, null, new { id }, $"registration-{registrationId}");
    }

    /// <summary>"Faktura 1042", with "krediterad" when this person's line was credited.</summary>
    public string? InvoiceText(Participant row) => row.InvoiceNumber is { } number
        ? text[row.InvoiceCredited ? "Participants.InvoiceCredited" : "Participants.Invoice", number].Value
        : null;

    public string PriceText(Participant row) => Money.Format(row.Price, row.Price == decimal.Truncate(row.Price) ? 0 : 2);

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var calendarEvent = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, ct);
        if (calendarEvent is null)
        {
            return false;
        }

        EventId = id;
        Title = calendarEvent.Title;
        TimeZone = calendarEvent.TimeZone;
        When = EventDisplay.When(calendarEvent.StartsAtUtc, calendarEvent.EndsAtUtc, calendarEvent.TimeZone);
        IsAnnualMeeting = calendarEvent.IsAnnualMeeting;
        IsCancelled = calendarEvent.IsCancelled;
        Capacity = calendarEvent.Capacity;

        var rows = await db.EventRegistrations
            .Where(r => r.EventId == id)
            .Select(r => new Participant(
                r.Id, r.Status, r.FirstName, r.LastName, r.Email,
                r.MemberId != null ? db.Members.Where(m => m.Id == r.MemberId).Select(m => m.Name).FirstOrDefault() : r.Organisation,
                r.MemberId, r.ContactPersonId, r.PriceCategory, r.Price, r.DietaryNeeds, r.AccessibilityNeeds, r.RegisteredAtUtc, r.CheckedInAtUtc)
            {
                InvoiceId = r.InvoiceId,
                InvoiceNumber = r.Invoice != null ? r.Invoice.Number : null,
                InvoiceCredited = r.InvoiceLine != null && r.InvoiceLine.CreditNoteId != null,
            })
            .ToListAsync(ct);

        // The waiting list moves up in the order people registered (by id); the others read best by name.
        Registrations = [.. rows.OrderBy(r => r.Status == RegistrationStatus.Waiting ? r.Id.ToString("D10", CultureInfo.InvariantCulture) : "")
            .ThenBy(r => r.LastName, StringComparer.CurrentCulture).ThenBy(r => r.FirstName, StringComparer.CurrentCulture).ThenBy(r => r.Id)];

        if (IsAnnualMeeting)
        {
            Attendance = await AnnualMeetingAttendance.MembersAsync(db, id, swedishTime.Today, ct);
        }

        return true;
    }
}
