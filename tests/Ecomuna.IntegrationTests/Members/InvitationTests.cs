using System.Net;
using Ecomuna.Core.Accounts;
using Ecomuna.Core.Data;
using Ecomuna.Core.Demo;
using Ecomuna.Core.Members;
using Ecomuna.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ecomuna.IntegrationTests.Members;

public sealed class InvitationTests(SqliteApp fixture) : AppTests<SqliteApp>(fixture)
{
    private const string NewPassword = "a long password for the invited person";

    [Fact]
    public async Task Invite_NewContact_MailsALinkThatSetsThePasswordAndSignsInForTheirMember()
    {
        var contact = await AddContactAsync("Hudiksvall", "vera.invited@hudiksvall.example");
        using var admin = await AdminAsync();

        await InviteAsync(admin, contact.Id);

        var mail = Assert.Single(App.SentMails(), m => m.To.Contains(contact.Email, StringComparison.Ordinal));
        Assert.Equal("Inbjudan till Ecomuna", mail.Subject);
        Assert.Contains("kontaktperson för Hudiksvall", mail.Text, StringComparison.Ordinal);

        using var invited = AnonymousClient();
        var page = await invited.GetPageAsync(mail.FirstLink());
        Assert.Contains(contact.Email, page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        using var accepted = await invited.SubmitAsync(page, "main form", new Dictionary<string, string>
        {
            ["Input.Password"] = NewPassword,
            ["Input.ConfirmPassword"] = NewPassword,
        });
        Assert.Equal("/Organisation", accepted.Headers.Location?.OriginalString);

        var organisation = await invited.GetPageAsync("/Organisation");
        Assert.Contains("Hudiksvall", organisation.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == contact.Email);
        Assert.True(user.EmailConfirmed);
        Assert.Equal(user.Id, (await db.ContactPersons.SingleAsync(c => c.Id == contact.Id)).UserId);
    }

    [Fact]
    public async Task AcceptInvitation_LinkUsedTwice_SaysItIsNoLongerValid()
    {
        var contact = await AddContactAsync("Hudiksvall", "twice@hudiksvall.example");
        using var admin = await AdminAsync();
        await InviteAsync(admin, contact.Id);
        var link = Assert.Single(App.SentMails(), m => m.To.Contains(contact.Email, StringComparison.Ordinal)).FirstLink();
        using var invited = AnonymousClient();
        var page = await invited.GetPageAsync(link);
        using (var first = await invited.SubmitAsync(page, "main form", new Dictionary<string, string>
        {
            ["Input.Password"] = NewPassword,
            ["Input.ConfirmPassword"] = NewPassword,
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }

        using var other = AnonymousClient();
        var again = await other.GetPageAsync(link);

        Assert.Contains("Be kansliet om en ny inbjudan", again.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(again.QuerySelector("main form"));
    }

    [Fact]
    public async Task Invite_ContactWhoAlreadyHasAnAccount_LinksItWithoutMailing()
    {
        var contact = await AddContactAsync("Hudiksvall", DemoDataSeeder.ContactSotenasEmail);
        using var admin = await AdminAsync();

        var page = await InviteAsync(admin, contact.Id);

        Assert.Contains("kan nu också företräda Hudiksvall", page.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(App.SentMails(), m => m.To.Contains(DemoDataSeeder.ContactSotenasEmail, StringComparison.Ordinal));
        using var scope = App.Services.CreateScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(DemoDataSeeder.ContactSotenasEmail);
        var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
        Assert.Equal(user!.Id, (await db.ContactPersons.SingleAsync(c => c.Id == contact.Id)).UserId);
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> InviteAsync(HttpClient admin, int contactId)
    {
        var page = await admin.GetPageAsync($"/Admin/Invitations/Send/{contactId}");
        using var sent = await admin.SubmitAsync(page, "main form", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        return await admin.GetPageAsync(sent.Headers.Location!.OriginalString);
    }

    private async Task<ContactPerson> AddContactAsync(string memberName, string email)
    {
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
        var member = await db.Members.SingleAsync(m => m.Name == memberName);
        var contact = new ContactPerson { FirstName = "Vera", LastName = "Inbjuden", Email = email, Role = ContactRole.OtherStaff, MemberId = member.Id };
        db.ContactPersons.Add(contact);
        await db.SaveChangesAsync();
        return contact;
    }
}
