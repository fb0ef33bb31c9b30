using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Ecomuna.Core.Email.Outbox;

/// <summary>What one pass of the sender did.</summary>
public sealed record SendPassResult(int Claimed, int Sent, int Retrying, int Failed, bool Paused, bool ServerUnreachable)
{
    public static readonly SendPassResult WasPaused = new(0, 0, 0, 0, true, false);
}

/// <summary>
/// Sends one batch from the outbox. A pass claims up to BatchSize due messages with a lease (on PostgreSQL with
/// FOR UPDATE SKIP LOCKED, so several instances never claim the same row), sends them at the configured rate and
/// records each outcome. A message whose lease ran out (its sender died) is claimed again by a later pass.
/// </summary>
public sealed class OutboxSender(
    EcomunaDbContext db, IEmailTransport transport, TimeProvider clock, IOptions<OutboxOptions> options, ILogger<OutboxSender> logger)
{
    public async Task<SendPassResult> SendBatchAsync(CancellationToken ct = default)
    {
        if (await db.OutboxSettings.AnyAsync(s => s.Paused, ct))
        {
            return SendPassResult.WasPaused;
        }

        var settings = options.Value;
        var owner = Guid.NewGuid().ToString("N");
        var claimed = await ClaimAsync(owner, settings.BatchSize, ct);
        if (claimed == 0)
        {
            return new SendPassResult(0, 0, 0, 0, false, false);
        }

        var messages = await db.OutboxMessages.AsNoTracking().Include(m => m.Attachments)
            .Where(m => m.LeaseOwner == owner && m.Status == OutboxStatus.Sending)
            .OrderBy(m => m.Kind).ThenBy(m => m.Id).ToListAsync(ct);
        var bulkAddresses = messages.Where(m => m.Kind == EmailKind.Bulk).Select(m => m.To.Trim().ToLowerInvariant()).Distinct().ToList();
        var suppressed = bulkAddresses.Count == 0 ? []
            : (await db.EmailSuppressions.Where(s => bulkAddresses.Contains(s.Address)).Select(s => s.Address).ToListAsync(ct)).ToHashSet(StringComparer.OrdinalIgnoreCase);

        using var pass = new Pass(owner, messages, suppressed);
        var workers = Math.Max(1, Math.Min(settings.Connections, messages.Count));
        try
        {
            await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => SendSomeAsync(pass, ct)));
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Aborted: what this pass has not tried goes back to the queue at once instead of waiting for the lease.
            await ReleaseAsync(owner, null, CancellationToken.None);
            throw;
        }

        if (pass.UnreachableReason is { } unreachable)
        {
            // Nothing is wrong with the messages: put the rest of the batch back, uncounted.
            await ReleaseAsync(owner, unreachable, CancellationToken.None);
            return new SendPassResult(claimed, pass.Sent, pass.Retrying, pass.Failed, false, true);
        }

        return new SendPassResult(claimed, pass.Sent, pass.Retrying, pass.Failed, false, false);
    }

    /// <summary>
    /// One of the pass's senders: takes the next message of the batch until none is left or the mail server is gone.
    /// Sends run side by side; the database is used by one sender at a time, as a DbContext must be.
    /// </summary>
    private async Task SendSomeAsync(Pass pass, CancellationToken ct)
    {
        var settings = options.Value;
        while (pass.UnreachableReason is null && pass.TakeNext() is { } message)
        {
            if (message.Kind == EmailKind.Bulk && pass.IsSuppressed(message.To))
            {
                await pass.UseDatabaseAsync(() => FinishAsync(message.Id, pass.Owner, OutboxStatus.Failed, message.Attempts, "Suppressed: the address refused mail permanently before.", ct));
                Interlocked.Increment(ref pass.Failed);
                continue;
            }

            await WaitForRateAsync(pass.Pace, pass.Started(), settings.MessagesPerSecond, ct);

            // Renewing the lease right before sending makes sure no other pass has taken the message meanwhile.
            var until = clock.GetUtcNow().UtcDateTime + settings.LeaseDuration;
            if (await pass.UseDatabaseAsync(() => Mine(message.Id, pass.Owner).ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseUntilUtc, until), ct)) == 0)
            {
                continue;
            }

            try
            {
                // A send that has begun is finished even when the pass is asked to stop, so no message is half sent.
                await transport.SendAsync(EmailOutbox.ToEmail(message), CancellationToken.None);
            }
            catch (Exception error)
            {
                await RecordFailureAsync(pass, message, error);
                continue;
            }

            var sentAt = clock.GetUtcNow().UtcDateTime;
            await pass.UseDatabaseAsync(() => Mine(message.Id, pass.Owner).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, OutboxStatus.Sent).SetProperty(m => m.Attempts, message.Attempts + 1).SetProperty(m => m.SentAtUtc, sentAt)
                .SetProperty(m => m.LeaseOwner, (string?)null).SetProperty(m => m.LeaseUntilUtc, (DateTime?)null), CancellationToken.None));
            Interlocked.Increment(ref pass.Sent);
        }
    }

    private async Task RecordFailureAsync(Pass pass, OutboxMessage message, Exception error)
    {
        var settings = options.Value;
        var kind = SendFailure.Classify(error);
        var reason = SendFailure.Describe(error);
        if (kind == SendFailureKind.Unreachable)
        {
            if (pass.MarkUnreachable(reason))
            {
                logger.LogWarning(error, "The mail server is unreachable; the rest of the batch waits for it");
            }

            return;
        }

        var attempts = message.Attempts + 1;
        if (kind == SendFailureKind.Permanent || attempts >= settings.MaxAttempts)
        {
            logger.LogWarning("Gave up on outbox message {Id} to {To} after {Attempts} attempts: {Reason}", message.Id, message.To, attempts, reason);
            await pass.UseDatabaseAsync(async () =>
            {
                await FinishAsync(message.Id, pass.Owner, OutboxStatus.Failed, attempts, reason, CancellationToken.None);
                if (kind == SendFailureKind.Permanent)
                {
                    await SuppressAsync(message.To, reason, CancellationToken.None);
                }

                return 0;
            });
            if (kind == SendFailureKind.Permanent)
            {
                pass.Suppress(message.To);
            }

            Interlocked.Increment(ref pass.Failed);
            return;
        }

        var next = clock.GetUtcNow().UtcDateTime + RetryDelay(settings, attempts);
        await pass.UseDatabaseAsync(() => Mine(message.Id, pass.Owner).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, OutboxStatus.Queued).SetProperty(m => m.Attempts, attempts).SetProperty(m => m.NextAttemptAtUtc, next)
            .SetProperty(m => m.LastError, reason).SetProperty(m => m.LeaseOwner, (string?)null).SetProperty(m => m.LeaseUntilUtc, (DateTime?)null), CancellationToken.None));
        Interlocked.Increment(ref pass.Retrying);
    }

    /// <summary>The state one pass's senders share.</summary>
    private sealed class Pass(string owner, List<OutboxMessage> messages, HashSet<string> suppressed) : IDisposable
    {
        private readonly SemaphoreSlim _database = new(1, 1);
        private readonly Lock _lock = new();
        private int _next = -1;
        private int _started;
        public int Sent;
        public int Retrying;
        public int Failed;

        public string Owner => owner;

        public Stopwatch Pace { get; } = Stopwatch.StartNew();

        public string? UnreachableReason { get; private set; }

        public OutboxMessage? TakeNext()
        {
            var i = Interlocked.Increment(ref _next);
            return i < messages.Count ? messages[i] : null;
        }

        /// <summary>How many sends have been started before this one, for the rate.</summary>
        public int Started() => Interlocked.Increment(ref _started) - 1;

        public bool IsSuppressed(string address)
        {
            lock (_lock)
            {
                return suppressed.Contains(address.Trim());
            }
        }

        public void Suppress(string address)
        {
            lock (_lock)
            {
                suppressed.Add(address.Trim());
            }
        }

        /// <summary>Records that the server is gone; true for the first sender to notice.</summary>
        public bool MarkUnreachable(string reason)
        {
            lock (_lock)
            {
                if (UnreachableReason is not null)
                {
                    return false;
                }

                UnreachableReason = reason;
                return true;
            }
        }

        public void Dispose() => _database.Dispose();

        public async Task<T> UseDatabaseAsync<T>(Func<Task<T>> work)
        {
            await _database.WaitAsync();
            try
            {
                return await work();
            }
            finally
            {
                _database.Release();
            }
        }
    }

    /// <summary>The wait before retry number <paramref name="attempts"/>: RetryDelay, doubled each time, capped.</summary>
    public static TimeSpan RetryDelay(OutboxOptions settings, int attempts)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var factor = Math.Pow(2, Math.Min(attempts - 1, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(settings.RetryDelay.Ticks * factor, settings.MaxRetryDelay.Ticks));
        return delay < settings.MaxRetryDelay ? delay : settings.MaxRetryDelay;
    }

    private Task<int> ReleaseAsync(string owner, string? reason, CancellationToken ct) =>
        db.OutboxMessages.Where(m => m.LeaseOwner == owner && m.Status == OutboxStatus.Sending)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Queued).SetProperty(m => m.LeaseOwner, (string?)null)
                .SetProperty(m => m.LeaseUntilUtc, (DateTime?)null).SetProperty(m => m.LastError, m => reason ?? m.LastError), ct);

    private IQueryable<OutboxMessage> Mine(long id, string owner) =>
        db.OutboxMessages.Where(m => m.Id == id && m.LeaseOwner == owner && m.Status == OutboxStatus.Sending);

    private Task<int> FinishAsync(long id, string owner, OutboxStatus status, int attempts, string reason, CancellationToken ct) =>
        Mine(id, owner).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, status).SetProperty(m => m.Attempts, attempts).SetProperty(m => m.LastError, reason)
            .SetProperty(m => m.LeaseOwner, (string?)null).SetProperty(m => m.LeaseUntilUtc, (DateTime?)null), ct);

    private async Task SuppressAsync(string address, string reason, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var normalized = address.Trim().ToLowerInvariant();
        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "EmailSuppressions" ("Address", "Reason", "CreatedAtUtc") VALUES ({normalized}, {reason}, {now}) ON CONFLICT ("Address") DO NOTHING""", ct);
    }

    /// <summary>Marks up to <paramref name="count"/> due messages as this pass's; returns how many it got.</summary>
    private Task<int> ClaimAsync(string owner, int count, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + options.Value.LeaseDuration;
        var queued = (int)OutboxStatus.Queued;
        var sending = (int)OutboxStatus.Sending;

        // One statement, so it is atomic on SQLite (which writes one at a time). On PostgreSQL the ids are chosen once
        // (ARRAY() runs once), rows another instance is claiming are skipped rather than waited for, and the outer
        // condition is checked again on the row's latest version, so a row claimed meanwhile is never taken twice.
        return db.Database.IsNpgsql()
            ? db.Database.ExecuteSqlAsync($"""
                UPDATE "OutboxMessages" SET "Status" = {sending}, "LeaseOwner" = {owner}, "LeaseUntilUtc" = {until}
                WHERE "Id" = ANY(ARRAY(
                    SELECT "Id" FROM "OutboxMessages"
                    WHERE ("Status" = {queued} AND "NextAttemptAtUtc" <= {now}) OR ("Status" = {sending} AND "LeaseUntilUtc" < {now})
                    ORDER BY "Kind", "Id" LIMIT {count}
                    FOR UPDATE SKIP LOCKED))
                AND (("Status" = {queued} AND "NextAttemptAtUtc" <= {now}) OR ("Status" = {sending} AND "LeaseUntilUtc" < {now}))
                """, ct)
            : db.Database.ExecuteSqlAsync($"""
                UPDATE "OutboxMessages" SET "Status" = {sending}, "LeaseOwner" = {owner}, "LeaseUntilUtc" = {until}
                WHERE "Id" IN (
                    SELECT "Id" FROM "OutboxMessages"
                    WHERE ("Status" = {queued} AND "NextAttemptAtUtc" <= {now}) OR ("Status" = {sending} AND "LeaseUntilUtc" < {now})
                    ORDER BY "Kind", "Id" LIMIT {count})
                """, ct);
    }

    private static async Task WaitForRateAsync(Stopwatch pace, int done, double perSecond, CancellationToken ct)
    {
        if (perSecond <= 0)
        {
            return;
        }

        var due = TimeSpan.FromSeconds(done / perSecond);
        if (due > pace.Elapsed)
        {
            await Task.Delay(due - pace.Elapsed, ct);
        }
    }
}
