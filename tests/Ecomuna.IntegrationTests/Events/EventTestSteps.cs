using Ecomuna.Core.Data;
using Ecomuna.Core.Events;
using Ecomuna.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ecomuna.IntegrationTests.Events;

/// <summary>Events and registrations for the event tests, made as the pages and the registration service make them.</summary>
internal static class EventTestSteps
{
    /// <summary>A conference a month ahead: 1 800 kr for members, 1 200 for the network, 3 200 for others, 25 % VAT on top.</summary>
    public static async Task<int> NewPaidEventAsync(this EcomunaApp app, int? capacity = null, DateTime? deadline = null, string? onlineLink = null)
    {
        var start = app.Clock.GetUtcNow().UtcDateTime.Date.AddDays(30).AddHours(8);
        var calendarEvent = Build.Event(
            "Konferens " + Guid.NewGuid().ToString("N")[..6], start, hours: 8, kind: EventKind.AnnualConference, description: "Årets konferens.", place: "Sotenäs",
            capacity: capacity, onlineLink: onlineLink, registrationDeadlineUtc: deadline ?? start.AddDays(-7)).Priced(vatRate: 0.25m);
        return (await app.AddAsync(calendarEvent)).Id;
    }

    /// <summary>Registers through the shared service, as the pages do, each person taking a seat or a waiting place at once.</summary>
    public static async Task<RegistrationOutcome> RegisterDirectlyAsync(this EcomunaApp app, int eventId, PriceCategory category, params Registrant[] people)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<EventRegistrations>().RegisterAsync(eventId, people, category, null, confirmByEmail: false);
    }

    public static Registrant Guest(string firstName, string email) =>
        new(firstName, "Gäst", email, null, null, null) { InvoiceAddress = "Gästvägen 1\n123 45 Gästby", Language = "sv" };

    public static Task<List<EventRegistration>> RegistrationsAsync(this EcomunaApp app, int eventId) =>
        app.QueryAsync(db => db.EventRegistrations
            .Where(r => r.EventId == eventId).OrderBy(r => r.Id).ToListAsync());

    public static Task<Core.Invoicing.Invoice> InvoiceAsync(this EcomunaApp app, int invoiceId) =>
        app.QueryAsync(db => db.Invoices
            .Include(i => i.Lines.OrderBy(l => l.Id)).SingleAsync(i => i.Id == invoiceId));

    public static Task<List<Core.Invoicing.Invoice>> CreditNotesOfAsync(this EcomunaApp app, int invoiceId) =>
        app.QueryAsync(db => db.Invoices
            .Include(i => i.Lines).Where(i => i.CreditedInvoiceId == invoiceId).ToListAsync());
}
