using Ecomuna.Core.Events;
using Ecomuna.Core.Invoicing;

namespace Ecomuna.Core.Invoicing;

/// <summary>
/// Charges confirmed, paid registrations and credits cancelled ones. The registrations a contact person makes together
/// go on one invoice to their member, a line per person; a network member or a guest gets an invoice of their own,
/// addressed to their organisation when they gave one. Prices exclude VAT: the event's VAT rate is added on each line,
/// as on every invoice. Call these inside the transaction that changes the registrations, so that seats, invoices and
/// invoice numbers stand or fall together.
/// </summary>
public static class EventInvoices
{
    public const string IssuedBy = "Evenemangsanmälan";

    /// <summary>Creates the invoices and ties each registration to its invoice and line; returns the invoices, still unsaved.</summary>
    public static async Task<IReadOnlyList<Invoice>> IssueAsync(
        EcomunaDbContext db, CalendarEvent calendarEvent, IEnumerable<EventRegistration> registrations, InvoicingOptions options, DateOnly today, DateTimeOffset now,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(calendarEvent);
        ArgumentNullException.ThrowIfNull(options);
        var payable = registrations
            .Where(r => r.Status == RegistrationStatus.Confirmed && r.Price > 0 && r.InvoiceId is null && r.Invoice is null)
            .ToList();
        if (payable.Count == 0)
        {
            return [];
        }

        var groups = payable.Where(r => r.MemberId is not null).GroupBy(r => r.MemberId!.Value).Select(g => g.ToList())
            .Concat(payable.Where(r => r.MemberId is null).Select(r => new List<EventRegistration> { r }))
            .ToList();
        var memberIds = payable.Where(r => r.MemberId is not null).Select(r => r.MemberId!.Value).Distinct().ToList();
        var members = await db.Members.Where(m => memberIds.Contains(m.Id))
            .Select(m => new { m.Id, m.Name, m.InvoiceAddress, m.StreetAddress, m.PostalCode, m.City, m.InvoiceReference, m.OrganisationNumber })
            .ToDictionaryAsync(m => m.Id, ct);

        var number = await InvoiceNumberSeries.TakeAsync(db, options.FirstNumber, groups.Count, ct);
        var invoices = new List<Invoice>();
        foreach (var group in groups)
        {
            var first = group[0];
            var invoice = new Invoice
            {
                Number = number,
                MemberId = first.MemberId,
                EventId = calendarEvent.Id,
                IssueDate = today,
                DueDate = today.AddDays(options.PaymentTermDays),
                OcrReference = OcrReference.Create(number),
                IssuedAt = now,
                IssuedBy = IssuedBy,
            };
            if (first.MemberId is { } memberId)
            {
                var member = members[memberId];
                invoice.BuyerName = member.Name;
                invoice.BuyerAddress = Invoice.AddressOf(member.InvoiceAddress, member.StreetAddress, member.PostalCode, member.City) ?? "";
                invoice.BuyerReference = member.InvoiceReference;
                invoice.BuyerOrganisationNumber = member.OrganisationNumber;
            }
            else
            {
                invoice.BuyerName = first.Organisation ?? first.FullName;
                invoice.BuyerAddress = first.InvoiceAddress ?? "";
                invoice.BuyerReference = first.Organisation is null ? null : Truncate(first.FullName, 100);
            }

            var people = group.OrderBy(r => r.LastName, StringComparer.Create(Sv, false)).ThenBy(r => r.FirstName, StringComparer.Create(Sv, false)).ToList();
            var lines = people.Select(r => new InvoiceLine
            {
                Description = Describe(calendarEvent, r),
                Quantity = 1,
                UnitPrice = r.Price,
                Amount = r.Price,
                VatRate = calendarEvent.VatRate,
            }).ToList();
            invoice.SetLines(lines);
            db.Invoices.Add(invoice);
            foreach (var (registration, line) in people.Zip(lines))
            {
                registration.Invoice = invoice;
                registration.InvoiceLine = line;
            }

            invoices.Add(invoice);
            number++;
        }

        return invoices;
    }

    /// <summary>
    /// Credits the invoice lines of <paramref name="registrations"/> that are charged and not yet credited, one credit
    /// note per invoice; returns the credit notes, still unsaved.
    /// </summary>
    public static async Task<IReadOnlyList<Invoice>> CreditAsync(
        EcomunaDbContext db, IReadOnlyCollection<EventRegistration> registrations, InvoicingOptions options, DateOnly today, DateTimeOffset now, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(registrations);
        ArgumentNullException.ThrowIfNull(options);
        var lineIds = registrations.Where(r => r.InvoiceLineId is not null).Select(r => r.InvoiceLineId!.Value).ToList();
        if (lineIds.Count == 0)
        {
            return [];
        }

        var invoices = await db.Invoices.Include(i => i.Lines)
            .Where(i => i.Kind == InvoiceKind.Invoice && !i.IsCredited && i.Lines.Any(l => lineIds.Contains(l.Id) && l.CreditNoteId == null))
            .OrderBy(i => i.Number)
            .ToListAsync(ct);
        if (invoices.Count == 0)
        {
            return [];
        }

        var number = await InvoiceNumberSeries.TakeAsync(db, options.FirstNumber, invoices.Count, ct);
        var notes = new List<Invoice>();
        foreach (var invoice in invoices)
        {
            var note = invoice.CreditLines(invoice.Lines.Where(l => lineIds.Contains(l.Id)), number, OcrReference.Create(number), today, now, IssuedBy)!;
            db.Invoices.Add(note);
            notes.Add(note);
            number++;
        }

        return notes;
    }

    /// <summary>The line text, in Swedish like the rest of the invoice's legal content: event, date, person and price category.</summary>
    public static string Describe(CalendarEvent calendarEvent, EventRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(calendarEvent);
        ArgumentNullException.ThrowIfNull(registration);
        var category = registration.PriceCategory switch
        {
            PriceCategory.Member => "medlemspris",
            PriceCategory.NetworkMember => "nätverkspris",
            _ => "pris för icke-medlem",
        };
        var date = EventTime.ToLocal(calendarEvent.StartsAtUtc, calendarEvent.TimeZone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var person = $"{registration.FullName} ({category})";
        return $"{Truncate(calendarEvent.Title, 300 - person.Length - 16)}, {date}: {person}";
    }

    private static readonly CultureInfo Sv = CultureInfo.GetCultureInfo("sv-SE");

    private static string Truncate(string text, int length) => text.Length > length ? text[..Math.Max(0, length)] : text;
}
