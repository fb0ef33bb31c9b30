using Ecomuna.Core.Data;
using Ecomuna.Core.Email;
using Ecomuna.Core.Email.Outbox;
using Ecomuna.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Ecomuna.IntegrationTests.Email.Outbox;

/// <summary>The outbox sender against a real SMTP server: retries with backoff, giving up, suppression and outages.</summary>
public abstract class OutboxSenderTests(DatabaseProvider provider) : IAsyncLifetime, IDisposable
{
    private readonly SmtpTestServer _smtp = new();
    private readonly FakeClock _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly OutboxOptions _options = new() { MessagesPerSecond = 0, MaxAttempts = 3, RetryDelay = TimeSpan.FromMinutes(1), BatchSize = 20 };
    private string _connectionString = "";

    public async Task InitializeAsync() => _connectionString = await TestDatabases.CreateAsync(provider);

    public async Task DisposeAsync() => await TestDatabases.DropAsync(provider, _connectionString);

    public void Dispose()
    {
        _smtp.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Send_TemporaryFailureTwice_RetriesAfterOneThenTwoMinutesAndSendsOnce()
    {
        _smtp.SetRules([], new Dictionary<string, int> { ["busy@example.se"] = 2 });
        var id = await EnqueueAsync("busy@example.se", "Kallelse till årsmötet");

        var first = await SendAsync();
        Assert.Equal((0, 1), (first.Sent, first.Retrying));
        var afterFirst = await MessageAsync(id);
        Assert.Equal((OutboxStatus.Queued, 1), (afterFirst.Status, afterFirst.Attempts));
        Assert.Equal(_clock.GetUtcNow().UtcDateTime.AddMinutes(1), afterFirst.NextAttemptAtUtc);
        Assert.StartsWith("451", afterFirst.LastError, StringComparison.Ordinal);

        Assert.Equal(0, (await SendAsync()).Claimed);
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, (await SendAsync()).Retrying);
        Assert.Equal(_clock.GetUtcNow().UtcDateTime.AddMinutes(2), (await MessageAsync(id)).NextAttemptAtUtc);

        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(0, (await SendAsync()).Claimed);
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, (await SendAsync()).Sent);

        var sent = await MessageAsync(id);
        Assert.Equal((OutboxStatus.Sent, 3), (sent.Status, sent.Attempts));
        var received = Assert.Single(_smtp.ReceivedMail());
        Assert.Equal(("busy@example.se", "Kallelse till årsmötet"), (received.To, received.Subject));
    }

    [Fact]
    public async Task Send_TemporaryFailureEveryTime_GivesUpAfterMaxAttemptsWithTheReason()
    {
        _smtp.SetRules([], new Dictionary<string, int> { ["full@example.se"] = -1 });
        var id = await EnqueueAsync("full@example.se", "Faktura");

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            Assert.Equal(1, (await SendAsync()).Claimed);
            _clock.Advance(TimeSpan.FromHours(1));
        }

        var message = await MessageAsync(id);
        Assert.Equal((OutboxStatus.Failed, 3), (message.Status, message.Attempts));
        Assert.Contains("451", message.LastError, StringComparison.Ordinal);
        Assert.Equal(0, (await SendAsync()).Claimed);
        Assert.Empty(_smtp.ReceivedMail());
        await using var db = Open();
        Assert.False(await db.EmailSuppressions.AnyAsync(), "A temporary failure does not suppress the address.");
    }

    [Fact]
    public async Task Send_PermanentFailure_FailsAtOnceSuppressesBulkButAPasswordResetStillGoes()
    {
        _smtp.SetRules(["gone@example.se"], new Dictionary<string, int>());
        var first = await EnqueueAsync("Gone@example.se", "Nyhetsbrev mars", EmailKind.Bulk);

        Assert.Equal(1, (await SendAsync()).Failed);
        var failed = await MessageAsync(first);
        Assert.Equal((OutboxStatus.Failed, 1), (failed.Status, failed.Attempts));
        Assert.StartsWith("550", failed.LastError, StringComparison.Ordinal);
        await using (var db = Open())
        {
            Assert.Equal("gone@example.se", (await db.EmailSuppressions.SingleAsync()).Address);
        }

        // The mailbox works again, but bulk mail stays suppressed; mail the person asked for is never held back.
        _smtp.SetRules([], new Dictionary<string, int>());
        var bulk = await EnqueueAsync("gone@example.se", "Nyhetsbrev april", EmailKind.Bulk);
        var reset = await EnqueueAsync("gone@example.se", "Återställ ditt lösenord", EmailKind.Transactional);
        var pass = await SendAsync();

        Assert.Equal((1, 1), (pass.Sent, pass.Failed));
        Assert.Equal(OutboxStatus.Failed, (await MessageAsync(bulk)).Status);
        Assert.Contains("Suppressed", (await MessageAsync(bulk)).LastError, StringComparison.Ordinal);
        Assert.Equal(OutboxStatus.Sent, (await MessageAsync(reset)).Status);
        Assert.Equal(["Återställ ditt lösenord"], _smtp.ReceivedMail().Select(m => m.Subject));
    }

    [Fact]
    public async Task Send_ServerDown_KeepsEverythingQueuedUncountedAndSendsAllWhenItIsBack()
    {
        _smtp.Stop();
        var ids = new List<long>();
        for (var i = 1; i <= 5; i++)
        {
            ids.Add(await EnqueueAsync($"person{i}@example.se", $"Meddelande {i}"));
        }

        for (var pass = 0; pass < 3; pass++)
        {
            var down = await SendAsync();
            Assert.True(down.ServerUnreachable);
            Assert.Equal(0, down.Sent);
        }

        await using (var db = Open())
        {
            var waiting = await db.OutboxMessages.Where(m => ids.Contains(m.Id)).ToListAsync();
            Assert.All(waiting, m => Assert.Equal((OutboxStatus.Queued, 0, (string?)null), (m.Status, m.Attempts, m.LeaseOwner)));
            Assert.All(waiting, m => Assert.NotNull(m.LastError));
        }

        _smtp.Start();
        var back = await SendAsync();

        Assert.Equal(5, back.Sent);
        Assert.Equal(Enumerable.Range(1, 5).Select(i => $"Meddelande {i}"), _smtp.ReceivedMail().Select(m => m.Subject).Order());
    }

    [Fact]
    public async Task Enqueue_NotSaved_SendsNothing()
    {
        await using (var db = Open())
        {
            new EmailOutbox(db, _clock).Enqueue(new EmailMessage("x@example.se", "Aldrig sparat", "<p>x</p>", "x"));
        }

        Assert.Equal(0, (await SendAsync()).Claimed);
        Assert.Empty(_smtp.ReceivedMail());
    }

    private EcomunaDbContext Open()
    {
        var options = new DbContextOptionsBuilder<EcomunaDbContext>();
        DatabaseRegistration.UseProvider(options, provider, _connectionString);
        return new EcomunaDbContext(options.Options);
    }

    private async Task<long> EnqueueAsync(string to, string subject, EmailKind kind = EmailKind.Transactional)
    {
        await using var db = Open();
        var row = new EmailOutbox(db, _clock).Enqueue(new EmailMessage(to, subject, $"<p>{subject}</p>", subject), kind);
        await db.SaveChangesAsync();
        return row.Id;
    }

    private async Task<OutboxMessage> MessageAsync(long id)
    {
        await using var db = Open();
        return await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id);
    }

    private async Task<SendPassResult> SendAsync()
    {
        await using var db = Open();
        var transport = new SmtpEmailTransport(Options.Create(new EmailOptions
        {
            Delivery = EmailDelivery.Smtp, SmtpHost = "127.0.0.1", SmtpPort = _smtp.Port, FromAddress = "kansliet@example.org",
        }));
        return await new OutboxSender(db, transport, _clock, Options.Create(_options), NullLogger<OutboxSender>.Instance).SendBatchAsync();
    }
}

public sealed class SqliteOutboxSenderTests() : OutboxSenderTests(DatabaseProvider.Sqlite);

public sealed class PostgresOutboxSenderTests() : OutboxSenderTests(DatabaseProvider.Postgres);
