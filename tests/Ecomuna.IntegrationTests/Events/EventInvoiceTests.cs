using System.Net;
using AngleSharp.Html.Dom;
using Ecomuna.Core.Data;
using Ecomuna.Core.Events;
using Ecomuna.Core.Invoicing;
using Ecomuna.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ecomuna.IntegrationTests.Events;

/// <summary>Paid registrations are invoiced when they get a seat and credited when cancelled in time. Each test makes its own event.</summary>
public abstract class EventInvoiceTests<TApp>(TApp fixture) : AppTests<TApp>(fixture)
    where TApp : AppFixture
{
    private const int Sodertalje = Access.AccessTable.SodertaljeId;

    private static readonly string[] Colleagues = ["Alma", "Bert", "Cilla"];

    [Fact]
    public async Task ContactPerson_RegistersThreeColleagues_OneInvoiceToTheMemberWithALinePerPersonAndVat()
    {
        var eventId = await App.NewPaidEventAsync(capacity: 10);
        using var client = await ContactPersonAsync(DemoMembers.Sodertalje);
        var page = await client.GetPageAsync($"/Events/Details/{eventId}");
        Assert.True(page.QuerySelectorAll("input[name$='.ContactPersonId']").Length >= 3, "Södertälje has at least three contacts to register.");

        using (var response = await client.SubmitAsync(page, "#register-form", new Dictionary<string, string>
        {
            ["Colleagues[0].Selected"] = "true",
            ["Colleagues[1].Selected"] = "true",
            ["Colleagues[2].Selected"] = "true",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        var registered = await App.RegistrationsAsync(eventId);
        Assert.Equal(3, registered.Count);
        var invoiceId = Assert.Single(registered.Select(r => r.InvoiceId).Distinct());
        var invoice = await App.InvoiceAsync(invoiceId!.Value);
        Assert.Equal(Sodertalje, invoice.MemberId);
        Assert.Equal(eventId, invoice.EventId);
        Assert.Equal(InvoiceKind.Invoice, invoice.Kind);
        Assert.Equal(3, invoice.Lines.Count);
        Assert.All(invoice.Lines, line =>
        {
            Assert.Equal(1800m, line.Amount);
            Assert.Equal(0.25m, line.VatRate);
            Assert.Contains("medlemspris", line.Description, StringComparison.Ordinal);
        });
        Assert.All(registered, r => Assert.Contains(invoice.Lines, l => l.Id == r.InvoiceLineId && l.Description.Contains(r.FullName, StringComparison.Ordinal)));
        Assert.Equal(5400m, invoice.NetAmount);
        Assert.Equal(1350m, invoice.VatAmount);
        Assert.Equal(6750m, invoice.Total);
        Assert.Equal(OcrReference.Create(invoice.Number), invoice.OcrReference);

        var mail = Assert.Single(App.SentMails(), m => m.Subject.StartsWith($"Faktura {invoice.Number} ", StringComparison.Ordinal));
        Assert.NotNull(mail.Attachment("application/pdf"));

        var mine = await client.GetPageAsync("/Organisation/Invoices");
        Assert.Contains(invoice.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), mine.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        using var admin = await AdminAsync();
        var details = await admin.GetPageAsync($"/Admin/Invoices/Details/{invoice.Id}");
        Assert.Contains("Konferens", details.QuerySelector("#invoice-event")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NetworkMemberAndGuest_EachGetTheirOwnInvoiceAtTheirPrice()
    {
        var eventId = await App.NewPaidEventAsync();
        using (var network = await NetworkMemberAsync())
        {
            var page = await network.GetPageAsync($"/Events/Details/{eventId}");
            using var response = await network.SubmitAsync(page, "#register-form", new Dictionary<string, string> { ["Self.InvoiceAddress"] = "Nätverksgatan 2\n411 01 Göteborg" });
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        using (var guest = AnonymousClient())
        {
            var page = await guest.GetPageAsync($"/Events/Details/{eventId}");
            using var response = await guest.SubmitAsync(page, "#register-form", new Dictionary<string, string>
            {
                ["Guest.FirstName"] = "Gun",
                ["Guest.LastName"] = "Gäst",
                ["Guest.Organisation"] = "Gästby förening",
                ["Guest.Email"] = $"gun.{eventId}@example.se",
                ["Guest.InvoiceAddress"] = "Gästvägen 1\n123 45 Gästby",
            });
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Null((await App.RegistrationsAsync(eventId))[1].InvoiceId);
            var confirmLink = new Uri(Assert.Single(App.SentMails(), m => m.To.Contains($"gun.{eventId}@", StringComparison.Ordinal)).FirstLink());
            await guest.GetPageAsync(confirmLink.PathAndQuery);
        }

        var registered = await App.RegistrationsAsync(eventId);
        var networkMember = registered[0];
        Assert.Equal((PriceCategory.NetworkMember, 1200m), (networkMember.PriceCategory, networkMember.Price));
        var networkInvoice = await App.InvoiceAsync(networkMember.InvoiceId!.Value);
        Assert.Null(networkInvoice.MemberId);
        Assert.Equal("Nätverksgatan 2\n411 01 Göteborg", networkInvoice.BuyerAddress);
        Assert.Contains("nätverkspris", Assert.Single(networkInvoice.Lines).Description, StringComparison.Ordinal);
        Assert.Equal(1500m, networkInvoice.Total);

        var guestRegistration = registered[1];
        Assert.Equal((PriceCategory.NonMember, 3200m), (guestRegistration.PriceCategory, guestRegistration.Price));
        var guestInvoice = await App.InvoiceAsync(guestRegistration.InvoiceId!.Value);
        Assert.Null(guestInvoice.MemberId);
        Assert.Equal(("Gästby förening", "Gun Gäst"), (guestInvoice.BuyerName, guestInvoice.BuyerReference));
        Assert.Contains("pris för icke-medlem", Assert.Single(guestInvoice.Lines).Description, StringComparison.Ordinal);
        Assert.Equal(4000m, guestInvoice.Total);
        var mail = Assert.Single(App.SentMails(), m => m.Subject.StartsWith($"Faktura {guestInvoice.Number} ", StringComparison.Ordinal));
        Assert.Contains($"gun.{eventId}@example.se", mail.To, StringComparison.Ordinal);
        Assert.NotNull(mail.Attachment("application/pdf"));
        Assert.DoesNotContain("/Organisation/Invoices", mail.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Guest_WithAFeeAndNoInvoiceAddress_IsAskedForItAndNothingIsRegistered()
    {
        var eventId = await App.NewPaidEventAsync();
        using var guest = AnonymousClient();
        var page = await guest.GetPageAsync($"/Events/Details/{eventId}");

        using var response = await guest.SubmitAsync(page, "#register-form", new Dictionary<string, string>
        {
            ["Guest.FirstName"] = "Ada",
            ["Guest.LastName"] = "Adress",
            ["Guest.Email"] = "ada.adress@example.se",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await Browsing.ParseAsync(response);
        Assert.Equal("Skriv fakturaadressen: evenemanget kostar, och fakturan skickas dit.", answer.QuerySelector("#Guest_InvoiceAddress-error")!.TextContent);
        Assert.Equal("Ada", ((IHtmlInputElement)answer.QuerySelector("#Guest_FirstName")!).Value);
        Assert.Empty(await App.RegistrationsAsync(eventId));
    }

    [Fact]
    public async Task WaitingListMoveUp_IsChargedWhenItGetsTheSeat()
    {
        var eventId = await App.NewPaidEventAsync(capacity: 1);
        var first = (await App.RegisterDirectlyAsync(eventId, PriceCategory.NonMember, EventTestSteps.Guest("Forsta", $"forsta.{eventId}@example.se"))).Registrations[0];
        var waiting = (await App.RegisterDirectlyAsync(eventId, PriceCategory.NonMember, EventTestSteps.Guest("Vanta", $"vanta.{eventId}@example.se"))).Registrations[0];
        Assert.NotNull(first.InvoiceId);
        Assert.Equal(RegistrationStatus.Waiting, waiting.Status);
        Assert.Null(waiting.InvoiceId);

        using var client = AnonymousClient();
        using (var response = await client.SubmitAsync(await client.GetPageAsync($"/Events/Cancel?token={first.AccessToken}"), "#cancel-form", new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        var movedUp = (await App.RegistrationsAsync(eventId))[1];
        Assert.Equal(RegistrationStatus.Confirmed, movedUp.Status);
        var invoice = await App.InvoiceAsync(movedUp.InvoiceId!.Value);
        Assert.Equal(4000m, invoice.Total);
        Assert.Single(App.SentMails(), m => m.To.Contains($"vanta.{eventId}@", StringComparison.Ordinal) && m.Subject.StartsWith($"Faktura {invoice.Number} ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Cancel_BeforeTheDeadline_CreditsThatPersonsLineOnly()
    {
        var eventId = await App.NewPaidEventAsync();
        var outcome = await App.RegisterDirectlyAsync(eventId, PriceCategory.Member,
            [.. Colleagues.Select(name => new Registrant(name, "Kollega", $"{name.ToLowerInvariant()}.{eventId}@example.se", null, null, null) { MemberId = Sodertalje })]);
        var invoice = Assert.Single(outcome.Invoices);
        var bert = outcome.Registrations[1];

        using var client = AnonymousClient();
        var page = await client.GetPageAsync($"/Events/Cancel?token={bert.AccessToken}");
        Assert.Contains("krediteras avgiften", page.QuerySelector("#fee-rule")!.TextContent, StringComparison.Ordinal);
        using (var response = await client.SubmitAsync(page, "#cancel-form", new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        var note = Assert.Single(await App.CreditNotesOfAsync(invoice.Id));
        Assert.Equal(InvoiceKind.CreditNote, note.Kind);
        Assert.Contains("Bert Kollega", Assert.Single(note.Lines).Description, StringComparison.Ordinal);
        Assert.Equal(2250m, note.Total);
        var credited = await App.InvoiceAsync(invoice.Id);
        Assert.False(credited.IsCredited);
        Assert.Equal(2250m, credited.CreditedAmount);
        Assert.Equal(4500m, credited.Outstanding);
        Assert.Equal(note.Id, Assert.Single(credited.Lines, l => l.Id == bert.InvoiceLineId).CreditNoteId);
        Assert.Equal(2, credited.Lines.Count(l => l.CreditNoteId is null));
        Assert.Single(App.SentMails(), m => m.Subject.StartsWith($"Kreditfaktura {note.Number} ", StringComparison.Ordinal));

        using var admin = await AdminAsync();
        var participants = await admin.GetPageAsync($"/Admin/Events/Participants/{eventId}");
        var invoiceLinks = participants.QuerySelectorAll($"a[href='/Admin/Invoices/Details/{invoice.Id}']").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(3, invoiceLinks.Count);
        Assert.Single(invoiceLinks, text => text == $"Faktura {invoice.Number}, krediterad");
    }

    [Fact]
    public async Task Cancel_AfterTheDeadline_StaysChargedAndThePageSaysSo()
    {
        var eventId = await App.NewPaidEventAsync();
        var registration = (await App.RegisterDirectlyAsync(eventId, PriceCategory.NonMember, EventTestSteps.Guest("Sena", $"sena.{eventId}@example.se"))).Registrations[0];
        using (var scope = App.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
            var deadline = App.Clock.GetUtcNow().UtcDateTime.AddHours(-1);
            await db.Events.Where(e => e.Id == eventId).ExecuteUpdateAsync(s => s.SetProperty(e => e.RegistrationDeadlineUtc, deadline));
        }

        using var client = AnonymousClient();
        var page = await client.GetPageAsync($"/Events/Cancel?token={registration.AccessToken}");
        Assert.Contains("avgiften står kvar", page.QuerySelector("#fee-rule")!.TextContent, StringComparison.Ordinal);
        using (var response = await client.SubmitAsync(page, "#cancel-form", new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        Assert.Equal(RegistrationStatus.Cancelled, (await App.RegistrationsAsync(eventId))[0].Status);
        Assert.Empty(await App.CreditNotesOfAsync(registration.InvoiceId!.Value));
        var invoice = await App.InvoiceAsync(registration.InvoiceId!.Value);
        Assert.Equal(4000m, invoice.Outstanding);
    }

    [Fact]
    public async Task MemberB_CannotSeeMemberAsEventInvoice()
    {
        var eventId = await App.NewPaidEventAsync();
        var outcome = await App.RegisterDirectlyAsync(eventId, PriceCategory.Member,
            new Registrant("Dora", "Delegat", $"dora.{eventId}@example.se", null, null, null) { MemberId = Sodertalje });
        var invoice = Assert.Single(outcome.Invoices);
        var number = invoice.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);

        using (var memberA = await ContactPersonAsync(DemoMembers.Sodertalje))
        using (var pdf = await memberA.GetAsync($"/Organisation/Invoices/Pdf/{invoice.Id}"))
        {
            Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        }

        using var memberB = await ContactPersonAsync(DemoMembers.Sotenas);
        using (var pdf = await memberB.GetAsync($"/Organisation/Invoices/Pdf/{invoice.Id}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, pdf.StatusCode);
        }

        var list = await memberB.GetPageAsync("/Organisation/Invoices");
        Assert.DoesNotContain(list.QuerySelectorAll("main td, main th"), cell => cell.TextContent.Trim() == number);
    }

    [Fact]
    public async Task FreeRegistration_IsNotInvoiced()
    {
        var eventId = await App.NewPaidEventAsync();
        using (var scope = App.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<EcomunaDbContext>().Events.Where(e => e.Id == eventId)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.NonMemberPrice, 0m));
        }

        var outcome = await App.RegisterDirectlyAsync(eventId, PriceCategory.NonMember, EventTestSteps.Guest("Fri", $"fri.{eventId}@example.se"));

        Assert.Empty(outcome.Invoices);
        Assert.Null((await App.RegistrationsAsync(eventId))[0].InvoiceId);
    }
}

public sealed class EventInvoiceTestsOnSqlite(SqliteApp fixture) : EventInvoiceTests<SqliteApp>(fixture);

public sealed class EventInvoiceTestsOnPostgres(PostgresApp fixture) : EventInvoiceTests<PostgresApp>(fixture);
