using System.Net;
using Ecomuna.Core.Data;
using Ecomuna.Core.Demo;
using Ecomuna.Core.Email;
using Ecomuna.Core.Email.Outbox;
using Ecomuna.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ecomuna.IntegrationTests.Email.Outbox;

/// <summary>The secretariat's outbox page: failed mail with its reason, retrying it, pausing and resuming sending.</summary>
public abstract class OutboxPageTests<TApp>(TApp fixture) : AppTests<TApp>(fixture)
    where TApp : AppFixture
{
    [Fact]
    public async Task Retry_FailedMessage_IsShownWithItsReasonThenQueuedAgainAndSent()
    {
        var subject = "Misslyckat " + Guid.NewGuid().ToString("N")[..6];
        var id = await AddAsync(subject, OutboxStatus.Failed, "550 Mailbox does not exist");
        using var client = await AdminAsync();

        var page = await client.GetPageAsync("/Admin/Outbox?status=Failed");
        var row = page.QuerySelector($"tr[data-message-id='{id}']")!;
        Assert.Contains("550 Mailbox does not exist", row.QuerySelector(".error")!.TextContent, StringComparison.Ordinal);
        Assert.All(page.QuerySelectorAll("#messages tbody td.status"), cell => Assert.Equal("Misslyckat", cell.TextContent.Trim()));

        using (var retried = await client.SubmitAsync(page, $"tr[data-message-id='{id}'] form.retry-form", new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        }

        Assert.Equal((OutboxStatus.Queued, 0), await StateAsync(id));
        Assert.Contains(App.SentMails(), m => m.Subject == subject);
        Assert.Equal(OutboxStatus.Sent, (await StateAsync(id)).Status);
        var after = await client.GetPageAsync("/Admin/Outbox?status=Sent&q=" + Uri.EscapeDataString(subject));
        Assert.NotNull(after.QuerySelector($"tr[data-message-id='{id}']"));
    }

    [Fact]
    public async Task Pause_NothingIsSentUntilResumed_ThenTheQueueGoes()
    {
        using var client = await AdminAsync();
        var page = await client.GetPageAsync("/Admin/Outbox");
        using (var paused = await client.SubmitAsync(page, "#pause-form", new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.Redirect, paused.StatusCode);
        }

        try
        {
            var subject = "Pausat " + Guid.NewGuid().ToString("N")[..6];
            var id = await AddAsync(subject, OutboxStatus.Queued, null);
            Assert.DoesNotContain(App.SentMails(), m => m.Subject == subject);
            Assert.Equal(OutboxStatus.Queued, (await StateAsync(id)).Status);
            var pausedPage = await client.GetPageAsync("/Admin/Outbox");
            Assert.Contains("pausat", pausedPage.QuerySelector("#sending-state")!.TextContent, StringComparison.Ordinal);

            using (var resumed = await client.SubmitAsync(pausedPage, "#resume-form", new Dictionary<string, string>()))
            {
                Assert.Equal(HttpStatusCode.Redirect, resumed.StatusCode);
            }

            Assert.Contains(App.SentMails(), m => m.Subject == subject);
            Assert.Equal(OutboxStatus.Sent, (await StateAsync(id)).Status);
        }
        finally
        {
            using var scope = App.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<EcomunaDbContext>().OutboxSettings.ExecuteUpdateAsync(s => s.SetProperty(o => o.Paused, false));
        }
    }

    [Fact]
    public async Task BackgroundService_Running_SendsAPasswordResetWithoutAnyoneAsking()
    {
        await using var running = new EcomunaApp(App.Provider, App.ConnectionString) { RunBackgroundService = true };
        using var client = running.CreateBrowserlikeClient();
        var page = await client.GetPageAsync("/Account/ForgotPassword");
        using (await client.SubmitAsync(page, "main form", new Dictionary<string, string> { ["Input.Email"] = DemoDataSeeder.ContactSotenasEmail }))
        {
        }

        // Read straight from the folder: SentMails() would send the outbox itself.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!Delivered(running.MailFolder).Any(m => m.To == DemoDataSeeder.ContactSotenasEmail) && clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(100);
        }

        Assert.Single(Delivered(running.MailFolder), m => m.To == DemoDataSeeder.ContactSotenasEmail);
    }

    private static IEnumerable<SentMail> Delivered(string folder) =>
        Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml").Select(f => SentMail.Parse(File.ReadAllText(f))) : [];

    private async Task<long> AddAsync(string subject, OutboxStatus status, string? error)
    {
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
        var row = scope.ServiceProvider.GetRequiredService<EmailOutbox>().Enqueue(new EmailMessage("mottagare@example.se", subject, "<p>Hej</p>", "Hej"));
        row.Status = status;
        row.LastError = error;
        row.Attempts = status == OutboxStatus.Failed ? 1 : 0;
        await db.SaveChangesAsync();
        return row.Id;
    }

    private Task<(OutboxStatus Status, int Attempts)> StateAsync(long id) =>
        QueryAsync(db => db.OutboxMessages.Where(m => m.Id == id).Select(m => new ValueTuple<OutboxStatus, int>(m.Status, m.Attempts)).SingleAsync());
}

public sealed class OutboxPageTestsOnSqlite(SqliteApp fixture) : OutboxPageTests<SqliteApp>(fixture);

public sealed class OutboxPageTestsOnPostgres(PostgresApp fixture) : OutboxPageTests<PostgresApp>(fixture);
