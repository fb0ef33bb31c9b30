using Ecomuna.Core.Data;
using Ecomuna.Core.Events;
using Ecomuna.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Ecomuna.IntegrationTests.Events;

/// <summary>Events and registrations made straight in the database, as the public registration pages would. Signing in is in <see cref="SigningIn"/>.</summary>
internal static class AdminEventSteps
{
    public static async Task<int> AddEventAsync(this EcomunaApp app, string title, int? capacity = null, bool annualMeeting = false)
    {
        var calendarEvent = Build.Event(
            title, new DateTime(2031, 6, 10, 7, 0, 0, DateTimeKind.Utc), hours: 3, kind: annualMeeting ? EventKind.AnnualConference : EventKind.Webinar,
            description: "Om **nyckeltal**.", place: "Södertälje", capacity: capacity, annualMeeting: annualMeeting).Priced(nonMember: 3200.5m, vatRate: 0.25m);
        return (await app.AddAsync(calendarEvent)).Id;
    }

    public static async Task<int> RegisterAsync(
        this EcomunaApp app, int eventId, string firstName, string email, RegistrationStatus status,
        string? dietaryNeeds = null, int? memberId = null, int? contactPersonId = null, bool checkedIn = false)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
        var registration = Build.Registration(
            eventId, firstName, "Testsson", email, status, new DateTime(2031, 1, 10, 11, 0, 0, DateTimeKind.Utc),
            memberId is null ? PriceCategory.NonMember : PriceCategory.Member, memberId is null ? 3200.5m : 1800, memberId,
            checkedIn ? new DateTime(2031, 6, 10, 6, 45, 0, DateTimeKind.Utc) : null);
        registration.Organisation = memberId is null ? "Gästföreningen" : null;
        registration.ContactPersonId = contactPersonId;
        registration.DietaryNeeds = dietaryNeeds;
        db.EventRegistrations.Add(registration);
        if (status == RegistrationStatus.Confirmed)
        {
            await EventSeats.TryTakeAsync(db, eventId);
        }

        await db.SaveChangesAsync();
        return registration.Id;
    }
}
