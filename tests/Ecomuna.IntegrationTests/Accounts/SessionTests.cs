using System.Net;
using Ecomuna.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Ecomuna.IntegrationTests.Accounts;

/// <summary>How long a login lasts and that a copied login cookie stops working when it should.</summary>
public sealed class SessionTests(SqliteApp fixture) : AppTests<SqliteApp>(fixture)
{
    private const string AuthCookie = "__Host-Ecomuna.Auth";

    [Fact]
    public async Task LoginCookie_IsHostPrefixedSecureHttpOnlyAndSameSite()
    {
        var email = await App.CreateUserAsync();
        using var client = AnonymousClient();

        using var login = await client.SubmitLoginAsync(email, TestUsers.Password);

        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(AuthCookie + "=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("; path=/", cookie, StringComparison.Ordinal);
        Assert.Contains("; secure", cookie, StringComparison.Ordinal);
        Assert.Contains("; httponly", cookie, StringComparison.Ordinal);
        Assert.Contains("; samesite=lax", cookie, StringComparison.Ordinal);
        Assert.DoesNotContain("domain=", cookie, StringComparison.Ordinal);
        Assert.All(login.Headers.GetValues("Set-Cookie"), c => Assert.StartsWith("__Host-", c, StringComparison.Ordinal));
    }

    [Fact]
    public async Task CopiedCookie_AfterLogout_NoLongerWorks()
    {
        var email = await App.CreateUserAsync();
        using var client = AnonymousClient();
        var copy = await LogInAndCopyCookieAsync(client, email);
        Assert.Equal(HttpStatusCode.OK, await StatusWithAsync(copy));

        await client.LogOutAsync();
        App.Clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(HttpStatusCode.Redirect, await StatusWithAsync(copy));
    }

    [Fact]
    public async Task CopiedCookie_AfterPasswordChange_NoLongerWorks_ButTheChangingBrowserStaysIn()
    {
        var email = await App.CreateUserAsync();
        using var client = AnonymousClient();
        var copy = await LogInAndCopyCookieAsync(client, email);

        var page = await client.GetPageAsync("/Account/Manage/ChangePassword");
        using var changed = await client.SubmitAsync(page, "main form", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = TestUsers.Password,
            ["Input.NewPassword"] = "a brand new and long password",
            ["Input.ConfirmPassword"] = "a brand new and long password",
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        App.Clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(HttpStatusCode.Redirect, await StatusWithAsync(copy));
        await client.GetPageAsync("/Account/Manage");
    }

    [Fact]
    public async Task LogOutEverywhere_EndsTheOtherDevicesLogins_AndTellsTheOwner()
    {
        var email = await App.CreateUserAsync();
        using var phone = AnonymousClient();
        await phone.LogInAsync(email, TestUsers.Password);
        using var computer = AnonymousClient();
        await computer.LogInAsync(email, TestUsers.Password);

        var page = await computer.GetPageAsync("/Account/Manage");
        using var done = await computer.SubmitAsync(page, "form[action*='handler=LogOutEverywhere']", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        App.Clock.Advance(TimeSpan.FromSeconds(1));

        using var onPhone = await phone.GetAsync("/Account/Manage");
        Assert.Equal(HttpStatusCode.Redirect, onPhone.StatusCode);
        using var onComputer = await computer.GetAsync("/Account/Manage");
        Assert.Equal(HttpStatusCode.Redirect, onComputer.StatusCode);
        Assert.Contains(App.SentMails(), m => m.To == email && m.Subject == "Ditt konto i Ecomuna har loggats ut överallt");
    }

    [Fact]
    public async Task Login_EndsAfterThirtyIdleMinutes()
    {
        var email = await App.CreateUserAsync();
        using var client = AnonymousClient();
        await client.LogInAsync(email, TestUsers.Password);

        App.Clock.Advance(TimeSpan.FromMinutes(20));
        await client.GetPageAsync("/Account/Manage");
        App.Clock.Advance(TimeSpan.FromMinutes(31));

        using var idle = await client.GetAsync("/Account/Manage");
        Assert.Equal(HttpStatusCode.Redirect, idle.StatusCode);
    }

    [Fact]
    public async Task Login_EndsAfterTwelveHours_EvenWhenActive()
    {
        var email = await App.CreateUserAsync();
        using var client = AnonymousClient();
        await client.LogInAsync(email, TestUsers.Password);

        for (var minutes = 0; minutes < 11 * 60 + 40; minutes += 20)
        {
            App.Clock.Advance(TimeSpan.FromMinutes(20));
            await client.GetPageAsync("/Account/Manage");
        }

        App.Clock.Advance(TimeSpan.FromMinutes(25));
        using var late = await client.GetAsync("/Account/Manage");
        Assert.Equal(HttpStatusCode.Redirect, late.StatusCode);
    }

    private static async Task<string> LogInAndCopyCookieAsync(HttpClient client, string email)
    {
        using var login = await client.SubmitLoginAsync(email, TestUsers.Password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(AuthCookie + "=", StringComparison.Ordinal));
        return cookie[..cookie.IndexOf(';', StringComparison.Ordinal)];
    }

    /// <summary>Requests the account page with nothing but the given cookie, as someone who copied it would.</summary>
    private async Task<HttpStatusCode> StatusWithAsync(string cookie)
    {
        using var thief = App.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = App.ClientOptions.BaseAddress, AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Account/Manage");
        request.Headers.Add("Cookie", cookie);
        using var response = await thief.SendAsync(request);
        return response.StatusCode;
    }
}
