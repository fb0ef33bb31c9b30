using System.Net;
using Ecomuna.Core.Demo;
using Ecomuna.IntegrationTests.Infrastructure;

namespace Ecomuna.IntegrationTests.Accounts;

public sealed class EmailConfirmationTests(SqliteApp fixture) : AppTests<SqliteApp>(fixture)
{
    private const string SentText = "Om det finns ett obekräftat konto med den e-postadressen har vi skickat ett nytt bekräftelsemejl dit.";

    [Fact]
    public async Task Login_WithUnconfirmedEmail_IsRefusedWithConfirmFirstMessage()
    {
        var email = await App.CreateUserAsync(emailConfirmed: false);
        using var client = AnonymousClient();

        using var response = await client.SubmitLoginAsync(email, TestUsers.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Browsing.ParseAsync(response);
        Assert.Contains("Du behöver bekräfta din e-postadress innan du kan logga in.", page.QuerySelector(".validation-summary-errors")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResendEmailConfirmation_ForUnconfirmedUser_MailsALinkThatConfirmsSoLoginWorks()
    {
        var email = await App.CreateUserAsync(emailConfirmed: false);
        using var client = AnonymousClient();

        using var sent = await ResendAsync(client, email);

        var status = await client.GetPageAsync(sent.Headers.Location!.OriginalString);
        Assert.Contains(SentText, status.QuerySelector("[role='status']")!.TextContent, StringComparison.Ordinal);
        var mail = Assert.Single(App.SentMails(), m => m.To.Contains(email, StringComparison.Ordinal));
        Assert.Equal("Bekräfta din e-postadress för Ecomuna", mail.Subject);

        var confirmed = await client.GetPageAsync(mail.FirstLink());
        Assert.Contains("Din e-postadress är bekräftad", confirmed.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        using var login = await client.SubmitLoginAsync(email, TestUsers.Password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal("/", login.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task ResendEmailConfirmation_ForUnknownOrConfirmedEmail_SaysTheSameAndSendsNoMail()
    {
        const string unknown = "no-such-person@test.ecomuna.org";
        using var client = AnonymousClient();

        foreach (var email in new[] { unknown, DemoDataSeeder.AdminEmail })
        {
            using var sent = await ResendAsync(client, email);
            var status = await client.GetPageAsync(sent.Headers.Location!.OriginalString);
            Assert.Contains(SentText, status.QuerySelector("[role='status']")!.TextContent, StringComparison.Ordinal);
            Assert.DoesNotContain(App.SentMails(), m => m.To.Contains(email, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task ConfirmEmail_WithWrongCode_SaysTheLinkIsInvalidAndLoginStaysRefused()
    {
        var email = await App.CreateUserAsync(emailConfirmed: false);
        using var client = AnonymousClient();
        using var sent = await ResendAsync(client, email);
        var link = Assert.Single(App.SentMails(), m => m.To.Contains(email, StringComparison.Ordinal)).FirstLink();
        var tampered = link[..link.IndexOf("code=", StringComparison.Ordinal)] + "code=bm90LWEtdG9rZW4";

        var page = await client.GetPageAsync(tampered);

        Assert.Contains("Länken är ogiltig eller har gått ut.", page.QuerySelector("[role='alert']")!.TextContent, StringComparison.Ordinal);
        using var login = await client.SubmitLoginAsync(email, TestUsers.Password);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
    }

    private static async Task<HttpResponseMessage> ResendAsync(HttpClient client, string email)
    {
        var page = await client.GetPageAsync("/Account/ResendEmailConfirmation");
        var response = await client.SubmitAsync(page, "main form", new Dictionary<string, string> { ["Input.Email"] = email });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response;
    }
}
