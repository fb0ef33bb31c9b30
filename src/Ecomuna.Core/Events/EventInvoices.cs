using Ecomuna.Core.Data;
using Ecomuna.Core.Invoicing;
using Microsoft.EntityFrameworkCore;

namespace Ecomuna.Core.Events;

/// <summary>
/// Invoices paid registrations: one invoice per member for the registrations made together, a line per person, with
/// the event's VAT. Registrations without a member (guests, network members) and free ones are not invoiced here.
/// Call it inside the transaction that confirms the registrations, so the invoice and the seats stand or fall together.
/// </summary>
public static class EventInvoices
{
    /// <summary>Creates the invoices and ties each registration to its invoice; returns the invoices, still unsaved.</summary>
    public static async Task<IReadOnlyList<Invoice>> IssueAsync(
        EcomunaDbContext db, CalendarEvent calendarEvent, IEnumerable<EventRegistration> registrations, long firstNumberEver, int paymentTermDays,
        DateOnly today, DateTimeOffset now, string issuedBy, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(calendarEvent);
        var payable = registrations
            .Where(r => r.Status == RegistrationStatus.Confirmed && r.Price > 0 && r.MemberId is not null && r.InvoiceId is null)
            .GroupBy(r => r.MemberId!.Value)
            .ToList();
        if (payable.Count == 0)
        {
            return [];
        }

        var memberIds = payable.Select(g => g.Key).ToList();
        var members = await db.Members.Where(m => memberIds.Contains(m.Id))
            .Select(m => new { m.Id, m.Name, m.InvoiceAddress, m.StreetAddress, m.PostalCode, m.City, m.InvoiceReference, m.OrganisationNumber })
            .ToDictionaryAsync(m => m.Id, ct);
        var invoiced = payable.Where(g => Invoice.AddressOf(members[g.Key].InvoiceAddress, members[g.Key].StreetAddress, members[g.Key].PostalCode, members[g.Key].City) is not null).ToList();
        if (invoiced.Count == 0)
        {
            return [];
        }

        var number = await InvoiceNumberSeries.TakeAsync(db, firstNumberEver, invoiced.Count, ct);
        var invoices = new List<Invoice>();
        foreach (var group in invoiced)
        {
            var member = members[group.Key];
            var invoice = new Invoice
            {
                Number = number,
                MemberId = member.Id,
                IssueDate = today,
                DueDate = today.AddDays(paymentTermDays),
                OcrReference = OcrReference.Create(number),
                BuyerName = member.Name,
                BuyerAddress = Invoice.AddressOf(member.InvoiceAddress, member.StreetAddress, member.PostalCode, member.City)!,
                BuyerReference = member.InvoiceReference,
                BuyerOrganisationNumber = member.OrganisationNumber,
                IssuedAt = now,
                IssuedBy = issuedBy,
            };
            invoice.SetLines(group.OrderBy(r => r.LastName).ThenBy(r => r.FirstName).Select(r => new InvoiceLine
            {
                Description = $"{calendarEvent.Title}, {calendarEvent.StartsAtUtc:yyyy-MM-dd}: {r.FullName}",
                Quantity = 1,
                UnitPrice = r.Price,
                Amount = r.Price,
                VatRate = calendarEvent.VatRate,
            }));
            db.Invoices.Add(invoice);
            foreach (var registration in group)
            {
                registration.Invoice = invoice;
            }

            invoices.Add(invoice);
            number++;
        }

        return invoices;
    }
}
