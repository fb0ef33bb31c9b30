using System.Net;
using Ecomuna.IntegrationTests.Infrastructure;

namespace Ecomuna.IntegrationTests.Accounts;

public sealed class ChangePasswordTests(SqliteApp fixture) : AppTests<SqliteApp>(fixture)
{
    private const string NewPassword = "my changed password for the test";

    [Fact]
    public async Task ChangePassword_WithWrongCurrentPassword_ShowsErrorAndKeepsTheOldPassword()
    {
        var email = await App.CreateUserAsync();
        using var client = AnonymousClient();
        await client.LogInAsync(email, TestUsers.Password);

        using var response = await ChangeAsync(client, "not my current password", NewPassword);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Browsing.ParseAsync(response);
        Assert.Contains("Lösenordet är fel.", page.QuerySelector("#current-password-error")!.TextContent, StringComparison.Ordinal);
        using var fresh = AnonymousClient();
        using var withNew = await fresh.SubmitLoginAsync(email, NewPassword);
        Assert.Equal(HttpStatusCode.OK, withNew.StatusCode);
    }

    [Fact]
    public async Task ChangePassword_WithTooShortNewPassword_SaysHowLongItMustBe()
    {
        var email = await App.CreateUserAsync();
        using var client = AnonymousClient();
        await client.LogInAsync(email, TestUsers.Password);

        using var response = await ChangeAsync(client, TestUsers.Password, "too short");

        var page = await Browsing.ParseAsync(response);
        Assert.Contains("Lösenordet måste ha minst 12 tecken.", page.QuerySelector("#new-password-error")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangePassword_WithRightCurrentPassword_ConfirmsAndTheNewPasswordLogsIn()
    {
        var email = await App.CreateUserAsync();
        using var client = AnonymousClient();
        await client.LogInAsync(email, TestUsers.Password);

        using var response = await ChangeAsync(client, TestUsers.Password, NewPassword);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var confirmation = await client.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Equal("Ditt lösenord är bytt.", confirmation.QuerySelector("[role='status']")!.TextContent.Trim());

        using var fresh = AnonymousClient();
        using var withOld = await fresh.SubmitLoginAsync(email, TestUsers.Password);
        Assert.Equal(HttpStatusCode.OK, withOld.StatusCode);
        using var withNew = await fresh.SubmitLoginAsync(email, NewPassword);
        Assert.Equal(HttpStatusCode.Redirect, withNew.StatusCode);
    }

    [Theory]
    [InlineData("password1234")]
    [InlineData("qwertyuiop123")]
    [InlineData("Lösenord1234")]
    public async Task ChangePassword_ToACommonPassword_IsRefusedWithAReason(string common)
    {
        var email = await App.CreateUserAsync();
        using var client = AnonymousClient();
        await client.LogInAsync(email, TestUsers.Password);

        using var response = await ChangeAsync(client, TestUsers.Password, common);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Browsing.ParseAsync(response);
        Assert.Contains("Lösenordet är ett av de vanligaste", page.QuerySelector("#new-password-error")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(App.SentMails(), m => m.To == email);
    }

    [Fact]
    public async Task ChangePassword_LongerThan128Characters_IsRefused_And128IsAccepted()
    {
        var email = await App.CreateUserAsync();
        using var client = AnonymousClient();
        await client.LogInAsync(email, TestUsers.Password);

        using var tooLong = await ChangeAsync(client, TestUsers.Password, new string('x', 120) + "abcdefghi");
        var page = await Browsing.ParseAsync(tooLong);
        Assert.Contains("Lösenordet får ha högst 128 tecken.", page.QuerySelector("#new-password-error")!.TextContent, StringComparison.Ordinal);

        using var longest = await ChangeAsync(client, TestUsers.Password, new string('x', 120) + "abcdefgh");
        Assert.Equal(HttpStatusCode.Redirect, longest.StatusCode);
    }

    [Fact]
    public async Task ChangePassword_TellsTheOwnerByEmail()
    {
        var email = await App.CreateUserAsync();
        using var client = AnonymousClient();
        await client.LogInAsync(email, TestUsers.Password);

        using var response = await ChangeAsync(client, TestUsers.Password, NewPassword);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var mail = Assert.Single(App.SentMails(), m => m.To == email);
        Assert.Equal("Ditt lösenord i Ecomuna har ändrats", mail.Subject);
        Assert.Contains("Om det inte var du", mail.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(NewPassword, mail.Raw, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> ChangeAsync(HttpClient client, string current, string newPassword)
    {
        var page = await client.GetPageAsync("/Account/Manage/ChangePassword");
        return await client.SubmitAsync(page, "main form", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = current,
            ["Input.NewPassword"] = newPassword,
            ["Input.ConfirmPassword"] = newPassword,
        });
    }
}
