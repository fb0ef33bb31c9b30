using Ecomuna.Core.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Ecomuna.IntegrationTests.Infrastructure;

/// <summary>Accounts a test creates for itself, so that tests sharing a database never touch each other's users.</summary>
public static class TestUsers
{
    public const string Password = "a long enough test password";

    /// <summary>Creates a user with a unique email address and <see cref="Password"/>; returns the email address.</summary>
    public static async Task<string> CreateUserAsync(this EcomunaApp app, bool emailConfirmed = true)
    {
        var email = $"user-{Guid.NewGuid():N}@test.ecomuna.org";
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var result = await users.CreateAsync(
            new AppUser { UserName = email, Email = email, EmailConfirmed = emailConfirmed, DisplayName = "Test Person" }, Password);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
        return email;
    }

    /// <summary>Posts the login form and returns the answer without judging it.</summary>
    public static async Task<HttpResponseMessage> SubmitLoginAsync(this HttpClient client, string email, string password, string url = "/Account/Login")
    {
        var page = await client.GetPageAsync(url);
        return await client.SubmitAsync(page, "main form", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
    }

    /// <summary>Logs out through the layout's logout button.</summary>
    public static async Task LogOutAsync(this HttpClient client)
    {
        var page = await client.GetPageAsync("/");
        using var response = await client.SubmitAsync(page, "form[action='/Account/Logout']", new Dictionary<string, string>());
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
    }
}
