using System.Net;
using System.Text;
using Ecomuna.Core.Data;
using Ecomuna.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ecomuna.IntegrationTests.Audit;

/// <summary>
/// What the portal writes to its logs and its audit log while someone confirms their address, signs in and resets their
/// password: never the password, nor the tokens of the emailed links, nor the links themselves.
/// </summary>
public sealed class SecretsInLogsTests : IAsyncLifetime
{
    private const string WrongPassword = "a wrong password typed by mistake";
    private const string NewPassword = "the new password chosen after the reset";

    private CapturedLogs Logs { get; } = new();

    private string ConnectionString { get; set; } = "";

    private EcomunaApp App { get; set; } = null!;

    public async Task InitializeAsync()
    {
        ConnectionString = await TestDatabases.CreateAsync(DatabaseProvider.Sqlite);
        App = new EcomunaApp(DatabaseProvider.Sqlite, ConnectionString) { Logs = Logs };
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await TestDatabases.DropAsync(DatabaseProvider.Sqlite, ConnectionString);
        Logs.Dispose();
    }

    [Fact]
    public async Task ConfirmSignInAndResetPassword_LeaveNoPasswordTokenOrLinkInTheLogsOrTheAuditLog()
    {
        var email = await App.CreateUserAsync(emailConfirmed: false);
        using var client = App.CreateBrowserlikeClient();

        var resend = await client.GetPageAsync("/Account/ResendEmailConfirmation");
        using (var sent = await client.SubmitAsync(resend, "main form", new Dictionary<string, string> { ["Input.Email"] = email }))
        {
            Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        }

        var confirmLink = Assert.Single(App.SentMails(), m => m.To.Contains(email, StringComparison.Ordinal)).FirstLink();
        var confirmed = await client.GetPageAsync(confirmLink);
        Assert.Contains("Din e-postadress är bekräftad", confirmed.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        using (var wrong = await client.SubmitLoginAsync(email, WrongPassword))
        {
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        await client.LogInAsync(email, TestUsers.Password);
        await client.LogOutAsync();

        var forgot = await client.GetPageAsync("/Account/ForgotPassword");
        using (var asked = await client.SubmitAsync(forgot, "main form", new Dictionary<string, string> { ["Input.Email"] = email }))
        {
            Assert.Equal("/Account/ForgotPasswordConfirmation", asked.Headers.Location?.OriginalString);
        }

        var resetLink = App.SentMails().Last(m => m.To.Contains(email, StringComparison.Ordinal)).FirstLink();
        Assert.Contains("/Account/ResetPassword?code=", resetLink, StringComparison.Ordinal);
        var resetPage = await client.GetPageAsync(resetLink);
        using (var reset = await client.SubmitAsync(resetPage, "main form", new Dictionary<string, string>
        {
            ["Input.Password"] = NewPassword,
            ["Input.ConfirmPassword"] = NewPassword,
        }))
        {
            Assert.Equal("/Account/ResetPasswordConfirmation", reset.Headers.Location?.OriginalString);
        }

        await client.LogInAsync(email, NewPassword);

        var secrets = new Dictionary<string, string>
        {
            ["the password"] = TestUsers.Password,
            ["the wrong password"] = WrongPassword,
            ["the new password"] = NewPassword,
            ["the confirmation link"] = confirmLink,
            ["the reset link"] = resetLink,
        };
        foreach (var (name, link) in new[] { ("confirmation", confirmLink), ("reset", resetLink) })
        {
            var code = QueryHelpers.ParseQuery(new Uri(link).Query)["code"].ToString();
            Assert.True(code.Length >= 40, $"The {name} link carries no real code: {link}");
            secrets[$"the {name} code"] = code;
            secrets[$"the {name} token"] = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
            secrets[$"the {name} code, escaped"] = Uri.EscapeDataString(code);
        }

        // The capture works: the sign-ins and the requests are in it.
        var logs = Logs.Lines;
        Assert.Contains(logs, l => l.Contains("User signed in", StringComparison.Ordinal));
        Assert.Contains(logs, l => l.Contains("/Account/ResetPassword", StringComparison.Ordinal));

        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
        var audit = (await db.AuditEntries.AsNoTracking().Where(e => e.ActorEmail == email).ToListAsync())
            .Select(e => string.Join(" | ", e.Kind, e.Summary, e.TargetType, e.TargetId, e.ActorName, e.IpAddress)).ToList();
        Assert.Equal(
            ["signin.failed", "signin.succeeded", "signout", "password.reset-requested", "password.reset", "signin.succeeded"],
            audit.Select(a => a.Split(" | ")[0]));

        foreach (var (name, secret) in secrets)
        {
            var inLogs = logs.Where(l => l.Contains(secret, StringComparison.Ordinal)).ToList();
            Assert.True(inLogs.Count == 0, $"The logs hold {name}:{Environment.NewLine}{string.Join(Environment.NewLine, inLogs)}");
            Assert.DoesNotContain(audit, a => a.Contains(secret, StringComparison.Ordinal));
        }
    }
}
