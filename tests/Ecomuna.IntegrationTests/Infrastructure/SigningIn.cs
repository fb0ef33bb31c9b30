using Ecomuna.Core.Demo;

namespace Ecomuna.IntegrationTests.Infrastructure;

/// <summary>Clients of the portal signed in through the real login form as each of the demo data's roles.</summary>
public static class SigningIn
{
    /// <summary>A browser-like client that has not signed in.</summary>
    public static HttpClient AnonymousClient(this EcomunaApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.CreateBrowserlikeClient();
    }

    /// <summary>A client signed in with the email address and the password (the demo password unless given).</summary>
    public static async Task<HttpClient> SignedInAsync(this EcomunaApp app, string email, string password = DemoDataSeeder.Password)
    {
        var client = app.AnonymousClient();
        await client.LogInAsync(email, password);
        return client;
    }

    /// <summary>The demo admin, past two-factor authentication.</summary>
    public static Task<HttpClient> AdminAsync(this EcomunaApp app) => app.SignedInAsync(DemoDataSeeder.AdminEmail);

    /// <summary>The demo contact person of the member named <paramref name="member"/> (Södertälje or Sotenäs).</summary>
    public static Task<HttpClient> ContactPersonAsync(this EcomunaApp app, string member) => app.SignedInAsync(ContactPersonEmail(member));

    /// <summary>The demo network member.</summary>
    public static Task<HttpClient> NetworkMemberAsync(this EcomunaApp app) => app.SignedInAsync(DemoDataSeeder.NetworkMemberEmail);

    public static string ContactPersonEmail(string member) => member switch
    {
        DemoMembers.Sodertalje => DemoDataSeeder.ContactSodertaljeEmail,
        DemoMembers.Sotenas => DemoDataSeeder.ContactSotenasEmail,
        _ => throw new ArgumentException($"The demo data has no contact person login at {member}.", nameof(member)),
    };
}

/// <summary>The names of the demo members whose contact persons have a login.</summary>
public static class DemoMembers
{
    public const string Sodertalje = "Södertälje";
    public const string Sotenas = "Sotenäs";
}
