using System.Net;
using AngleSharp.Html.Dom;
using Ecomuna.IntegrationTests.Infrastructure;

namespace Ecomuna.IntegrationTests.Accounts;

public abstract class PasswordResetTests<TApp>(TApp fixture) : AppTests<TApp>(fixture)
    where TApp : AppFixture
{
    private const string NewPassword = "a brand new password for the test";

    [Fact]
    public async Task ForgotPassword_ForKnownEmail_MailsALinkThatSetsANewPassword()
    {
        var email = await App.CreateUserAsync();
        using var client = AnonymousClient();

        using var asked = await AskForResetAsync(client, email);

        Assert.Equal("/Account/ForgotPasswordConfirmation", asked.Headers.Location?.OriginalString);
        var mail = Assert.Single(App.SentMails(), m => m.To.Contains(email, StringComparison.Ordinal));
        Assert.Equal("Återställ ditt lösenord till Ecomuna", mail.Subject);
        var link = mail.FirstLink();
        Assert.Contains("/Account/ResetPassword?code=", link, StringComparison.Ordinal);

        var resetPage = await client.GetPageAsync(link);
        Assert.Equal(email, ((IHtmlInputElement)resetPage.QuerySelector("input[name='Input.Email']")!).Value);
        using var reset = await client.SubmitAsync(resetPage, "main form", new Dictionary<string, string>
        {
            ["Input.Password"] = NewPassword,
            ["Input.ConfirmPassword"] = NewPassword,
        });
        Assert.Equal("/Account/ResetPasswordConfirmation", reset.Headers.Location?.OriginalString);
        var done = await client.GetPageAsync("/Account/ResetPasswordConfirmation");
        Assert.Equal("Lösenordet är bytt", done.QuerySelector("h1")!.TextContent.Trim());

        using var withOld = await client.SubmitLoginAsync(email, TestUsers.Password);
        Assert.Equal(HttpStatusCode.OK, withOld.StatusCode);
        using var withNew = await client.SubmitLoginAsync(email, NewPassword);
        Assert.Equal(HttpStatusCode.Redirect, withNew.StatusCode);
        Assert.Equal("/", withNew.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task ForgotPassword_ForUnknownEmail_ShowsTheSameConfirmationAndSendsNoMail()
    {
        const string email = "nobody-here@test.ecomuna.org";
        using var client = AnonymousClient();

        using var asked = await AskForResetAsync(client, email);

        Assert.Equal("/Account/ForgotPasswordConfirmation", asked.Headers.Location?.OriginalString);
        var page = await client.GetPageAsync("/Account/ForgotPasswordConfirmation");
        Assert.Contains("Om det finns ett konto med den e-postadressen", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(App.SentMails(), m => m.To.Contains(email, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ResetPassword_WithTamperedCode_SaysTheLinkIsInvalidAndKeepsThePassword()
    {
        var email = await App.CreateUserAsync();
        using var client = AnonymousClient();
        var page = await client.GetPageAsync($"/Account/ResetPassword?code=bm90LWEtdG9rZW4&email={Uri.EscapeDataString(email)}");

        using var response = await client.SubmitAsync(page, "main form", new Dictionary<string, string>
        {
            ["Input.Password"] = NewPassword,
            ["Input.ConfirmPassword"] = NewPassword,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await Browsing.ParseAsync(response);
        Assert.Contains("Länken är ogiltig eller har gått ut.", answer.QuerySelector("[role='alert']")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(answer.QuerySelector("main a[href='/Account/ForgotPassword']"));
        using var login = await client.SubmitLoginAsync(email, TestUsers.Password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
    }

    [Fact]
    public async Task ResetPassword_WithoutCode_SaysTheLinkIsInvalid()
    {
        using var client = AnonymousClient();

        var page = await client.GetPageAsync("/Account/ResetPassword");

        Assert.Contains("Länken är ogiltig eller har gått ut.", page.QuerySelector("[role='alert']")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("main form"));
    }

    [Fact]
    public async Task ResetPassword_WithDifferentConfirmation_ExplainsAndKeepsTheEmail()
    {
        var email = await App.CreateUserAsync();
        using var client = AnonymousClient();
        using var asked = await AskForResetAsync(client, email);
        var link = Assert.Single(App.SentMails(), m => m.To.Contains(email, StringComparison.Ordinal)).FirstLink();
        var page = await client.GetPageAsync(link);

        using var response = await client.SubmitAsync(page, "main form", new Dictionary<string, string>
        {
            ["Input.Password"] = NewPassword,
            ["Input.ConfirmPassword"] = "something else entirely",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await Browsing.ParseAsync(response);
        Assert.Contains("stämmer inte överens", answer.QuerySelector("#confirm-password-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(email, ((IHtmlInputElement)answer.QuerySelector("input[name='Input.Email']")!).Value);
        Assert.Equal("", ((IHtmlInputElement)answer.QuerySelector("input[name='Input.Password']")!).Value);
    }

    [Fact]
    public async Task ForgotPassword_AskedInEnglish_MailsInEnglishWithBothHtmlAndText()
    {
        var email = await App.CreateUserAsync();
        using var client = AnonymousClient();
        client.DefaultRequestHeaders.Add("Accept-Language", "en-GB");

        using var asked = await AskForResetAsync(client, email);

        var mail = Assert.Single(App.SentMails(), m => m.To.Contains(email, StringComparison.Ordinal));
        Assert.Equal("Reset your Ecomuna password", mail.Subject);
        Assert.Contains("Choose a new password", mail.Text, StringComparison.Ordinal);
        Assert.Contains("Content-Type: text/html", mail.Raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResetPassword_ForLockedOutAccount_EndsTheLockout()
    {
        var email = await App.CreateUserAsync();
        using var client = AnonymousClient();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var wrong = await client.SubmitLoginAsync(email, "not the password at all");
        }

        using (var locked = await client.SubmitLoginAsync(email, TestUsers.Password))
        {
            Assert.Equal("/Account/Lockout", locked.Headers.Location?.OriginalString);
        }

        using var asked = await AskForResetAsync(client, email);
        var link = Assert.Single(App.SentMails(), m => m.To.Contains(email, StringComparison.Ordinal)).FirstLink();
        var resetPage = await client.GetPageAsync(link);
        using var reset = await client.SubmitAsync(resetPage, "main form", new Dictionary<string, string>
        {
            ["Input.Password"] = NewPassword,
            ["Input.ConfirmPassword"] = NewPassword,
        });

        using var login = await client.SubmitLoginAsync(email, NewPassword);
        Assert.Equal("/", login.Headers.Location?.OriginalString);
    }

    private static async Task<HttpResponseMessage> AskForResetAsync(HttpClient client, string email)
    {
        var page = await client.GetPageAsync("/Account/ForgotPassword");
        return await client.SubmitAsync(page, "main form", new Dictionary<string, string> { ["Input.Email"] = email });
    }
}

public sealed class PasswordResetTestsOnSqlite(SqliteApp fixture) : PasswordResetTests<SqliteApp>(fixture);

public sealed class PasswordResetTestsOnPostgres(PostgresApp fixture) : PasswordResetTests<PostgresApp>(fixture);
