using System.Net;
using AngleSharp.Html.Dom;
using Ecomuna.Core.Demo;
using Ecomuna.IntegrationTests.Infrastructure;

namespace Ecomuna.IntegrationTests.Accounts;

public sealed class LoginTests(SqliteApp fixture) : AppTests<SqliteApp>(fixture)
{
    [Fact]
    public async Task Login_WithDemoCredentials_ReachesTheProtectedPageAskedFor()
    {
        using var client = AnonymousClient();
        using var refused = await client.GetAsync("/Account/Manage");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        var loginUrl = refused.Headers.Location!.PathAndQuery;
        Assert.StartsWith("/Account/Login?ReturnUrl=", loginUrl, StringComparison.Ordinal);

        using var response = await client.SubmitLoginAsync(DemoDataSeeder.ContactSodertaljeEmail, DemoDataSeeder.Password, loginUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Manage", response.Headers.Location!.OriginalString);
        var page = await client.GetPageAsync("/Account/Manage");
        Assert.Contains("Demo Kontakt Södertälje", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_WithWrongPassword_ShowsErrorAndKeepsTheEmail()
    {
        using var client = AnonymousClient();

        using var response = await client.SubmitLoginAsync(DemoDataSeeder.NetworkMemberEmail, "not the right password");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Browsing.ParseAsync(response);
        Assert.Contains("E-postadressen eller lösenordet är fel.", page.QuerySelector(".validation-summary-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(DemoDataSeeder.NetworkMemberEmail, ((IHtmlInputElement)page.QuerySelector("input[name='Input.Email']")!).Value);
        Assert.Equal("", ((IHtmlInputElement)page.QuerySelector("input[name='Input.Password']")!).Value);
    }

    [Fact]
    public async Task Login_AfterFiveWrongPasswords_IsLockedEvenWithTheRightPassword()
    {
        var email = await App.CreateUserAsync();
        using var client = AnonymousClient();

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            using var wrong = await client.SubmitLoginAsync(email, "not the right password");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        using var fifth = await client.SubmitLoginAsync(email, "not the right password");
        Assert.Equal("/Account/Lockout", fifth.Headers.Location?.OriginalString);

        using var right = await client.SubmitLoginAsync(email, TestUsers.Password);
        Assert.Equal("/Account/Lockout", right.Headers.Location?.OriginalString);
        var lockout = await client.GetPageAsync("/Account/Lockout");
        Assert.Contains("låst i 15 minuter", lockout.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(lockout.QuerySelector("main a[href='/Account/ForgotPassword']"));
        using var manage = await client.GetAsync("/Account/Manage");
        Assert.Equal(HttpStatusCode.Redirect, manage.StatusCode);
    }

    [Fact]
    public async Task Login_InEnglish_ShowsPageAndErrorInEnglish()
    {
        using var client = AnonymousClient();
        var swedish = await client.GetPageAsync("/Account/Login");
        using var switched = await client.SubmitAsync(swedish, "form[action^='/Culture']", new Dictionary<string, string>(), submitButton: "culture");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);

        var page = await client.GetPageAsync("/Account/Login");
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Log in", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Forgot your password?", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        using var response = await client.SubmitLoginAsync(DemoDataSeeder.ContactSotenasEmail, "not the right password");
        var failed = await Browsing.ParseAsync(response);
        Assert.Contains("The email address or password is wrong.", failed.QuerySelector(".validation-summary-errors")!.TextContent, StringComparison.Ordinal);
    }
}
