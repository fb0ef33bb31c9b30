using Ecomuna.Core.Data;
using Ecomuna.Core.Demo;
using Ecomuna.Core.Events;
using Ecomuna.Core.Examples;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ecomuna.IntegrationTests.Access;

/// <summary>
/// The signed-in visitors plus the objects that POST handlers act on and the demo data lacks, so that a handler that
/// removes or moves on an object (deletes a draft, cancels a registration) has one of its own and spoils no other test.
/// </summary>
public sealed class PostingVisitors : SignedInVisitors
{
    /// <summary>Copies of Södertälje's draft example 8: one to delete, one to submit; two submitted ones to publish and return.</summary>
    public const int DraftToDeleteId = 9;

    public const int DraftToSubmitId = 10;
    public const int SubmittedToPublishId = 11;
    public const int SubmittedToReturnId = 12;

    /// <summary>Registrations for demo event 1 made by Södertälje's contact person: one to cancel, one to check in.</summary>
    public const int RegistrationToCancelId = 1;

    public const int RegistrationToCheckInId = 2;

    protected override async Task SeedAsync()
    {
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
        Assert.False(await db.GoodExamples.AnyAsync(e => e.Id > AccessTable.SodertaljeDraftExampleId), "The demo data has more examples than these tests expect.");
        Assert.False(await db.EventRegistrations.AnyAsync(), "The demo data has event registrations; these tests expect none.");

        var draft = await db.GoodExamples.AsNoTracking().SingleAsync(e => e.Id == AccessTable.SodertaljeDraftExampleId);
        foreach (var (id, status) in new[] { (DraftToDeleteId, ExampleStatus.Draft), (DraftToSubmitId, ExampleStatus.Draft), (SubmittedToPublishId, ExampleStatus.Submitted), (SubmittedToReturnId, ExampleStatus.Submitted) })
        {
            var copy = new GoodExample
            {
                MemberId = draft.MemberId, Title = draft.Title + " " + id, Summary = draft.Summary, Body = draft.Body, Year = draft.Year,
                ContactName = draft.ContactName, ContactEmail = draft.ContactEmail, Status = status,
                CreatedAtUtc = draft.CreatedAtUtc, UpdatedAtUtc = draft.UpdatedAtUtc, SubmittedAtUtc = status == ExampleStatus.Submitted ? draft.UpdatedAtUtc : null,
            };
            db.GoodExamples.Add(copy);
            await db.SaveChangesAsync();
            Assert.Equal(id, copy.Id);
        }

        var contactA = await db.Users.Where(u => u.Email == DemoDataSeeder.ContactSodertaljeEmail).Select(u => u.Id).SingleAsync();
        foreach (var (id, contactId) in new[] { (RegistrationToCancelId, AccessTable.SodertaljeAlternatePoliticianId), (RegistrationToCheckInId, AccessTable.SodertaljeCivilServantId) })
        {
            var politician = await db.ContactPersons.SingleAsync(c => c.Id == contactId);
            var registration = new EventRegistration
            {
                EventId = 1, Status = RegistrationStatus.Confirmed, FirstName = politician.FirstName, LastName = politician.LastName, Email = politician.Email,
                MemberId = AccessTable.SodertaljeId, ContactPersonId = politician.Id, RegisteredByUserId = contactA,
                PriceCategory = PriceCategory.Member, RegisteredAtUtc = DateTime.UtcNow, ConfirmedAtUtc = DateTime.UtcNow, AccessToken = Guid.NewGuid().ToString("N"),
            };
            db.EventRegistrations.Add(registration);
            await db.SaveChangesAsync();
            Assert.Equal(id, registration.Id);
        }
    }
}
