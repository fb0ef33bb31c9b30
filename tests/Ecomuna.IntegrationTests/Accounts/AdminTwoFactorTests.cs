using System.Net;
using Ecomuna.Core.Accounts;
using Ecomuna.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Ecomuna.IntegrationTests.Accounts;

public sealed class AdminTwoFactorTests(SqliteApp fixture) : AppTests<SqliteApp>(fixture)
{
    [Fact]
    public async Task Admin_WithoutTwoFactor_IsSentToSetItUp_AndGetsInOnceItIsOn()
    {
        var email = await CreateAdminAsync();
        using var client = AnonymousClient();
        await client.LogInAsync(email, TestUsers.Password);

        foreach (var url in new[] { "/Admin", "/Admin/Members", "/", "/Account/Manage" })
        {
            using var refused = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.Equal("/Account/Manage/EnableAuthenticator", refused.Headers.Location?.OriginalString);
        }

        var setUp = await client.GetPageAsync("/Account/Manage/EnableAuthenticator");
        Assert.Contains("Administratörer måste använda tvåstegsverifiering.", setUp.QuerySelector("body")!.TextContent, StringComparison.Ordinal);
        var key = setUp.QuerySelector("#shared-key")!.TextContent;
        using var enabled = await client.SubmitAsync(setUp, "main form", new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        Assert.Equal("/Account/Manage/ShowRecoveryCodes", enabled.Headers.Location?.OriginalString);
        await client.GetPageAsync("/Account/Manage/ShowRecoveryCodes");

        await client.GetPageAsync("/Admin");
    }

    [Fact]
    public async Task Admin_WithoutTwoFactor_CanStillLogOut()
    {
        var email = await CreateAdminAsync();
        using var client = AnonymousClient();
        await client.LogInAsync(email, TestUsers.Password);

        var setUp = await client.GetPageAsync("/Account/Manage/EnableAuthenticator");
        using var loggedOut = await client.SubmitAsync(setUp, "form[action='/Account/Logout']", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, loggedOut.StatusCode);
        using var admin = await client.GetAsync("/Admin");
        Assert.Contains("/Account/Login", admin.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NonAdmin_WithoutTwoFactor_IsNotAsked()
    {
        var email = await App.CreateUserAsync();
        using var client = AnonymousClient();
        await client.LogInAsync(email, TestUsers.Password);

        await client.GetPageAsync("/Account/Manage");
    }

    private async Task<string> CreateAdminAsync()
    {
        var email = await App.CreateUserAsync();
        using var scope = App.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var result = await users.AddToRoleAsync((await users.FindByEmailAsync(email))!, Roles.Admin);
        Assert.True(result.Succeeded);
        return email;
    }
}
