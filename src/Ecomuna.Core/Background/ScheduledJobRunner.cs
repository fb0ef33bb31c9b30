using Ecomuna.Core.Email.Outbox;
using Microsoft.Extensions.Logging;

namespace Ecomuna.Core.Background;

/// <summary>
/// Runs the scheduled jobs that are due. A run is claimed by setting a lease on the job's row in one conditional
/// update, so when several instances look at once only one runs it. A failing job is logged and recorded, and tried
/// again at the next tick; it never stops the others.
/// </summary>
public sealed class ScheduledJobRunner(IServiceScopeFactory scopes, TimeProvider clock, IOptions<OutboxOptions> options, ILogger<ScheduledJobRunner> logger)
{
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(30);

    /// <summary>Runs every due job once; returns the names of those this instance ran.</summary>
    public async Task<IReadOnlyList<string>> RunDueAsync(CancellationToken ct = default)
    {
        var ran = new List<string>();
        using var listing = scopes.CreateScope();
        var names = listing.ServiceProvider.GetServices<IScheduledJob>().Select(j => j.Name).ToList();
        foreach (var name in names)
        {
            ct.ThrowIfCancellationRequested();
            if (await RunIfDueAsync(name, ct))
            {
                ran.Add(name);
            }
        }

        return ran;
    }

    private async Task<bool> RunIfDueAsync(string name, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
        var job = scope.ServiceProvider.GetServices<IScheduledJob>().Single(j => j.Name == name);
        var owner = Guid.NewGuid().ToString("N");
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + Lease;

        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "ScheduledJobs" ("Name", "NextRunAtUtc") VALUES ({name}, {now}) ON CONFLICT ("Name") DO NOTHING""", ct);
        var claimed = await db.ScheduledJobs
            .Where(j => j.Name == name && j.NextRunAtUtc <= now && (j.LeaseUntilUtc == null || j.LeaseUntilUtc < now))
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.LeaseOwner, owner).SetProperty(j => j.LeaseUntilUtc, until).SetProperty(j => j.LastStartedAtUtc, now), ct);
        if (claimed == 0)
        {
            return false;
        }

        JobResult? result = null;
        string? error = null;
        try
        {
            result = await job.RunAsync(ct);
            logger.LogInformation("Scheduled job {Job}: {Summary}", name, result.Summary);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogError(e, "Scheduled job {Job} failed; it is tried again at the next tick", name);
            error = e.Message.Length > 1000 ? e.Message[..1000] : e.Message;
        }
        catch (OperationCanceledException)
        {
            await db.ScheduledJobs.Where(j => j.Name == name && j.LeaseOwner == owner)
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.LeaseOwner, (string?)null).SetProperty(j => j.LeaseUntilUtc, (DateTime?)null), CancellationToken.None);
            throw;
        }

        var finished = clock.GetUtcNow().UtcDateTime;
        var next = result is null ? finished + options.Value.JobTick : now + job.Interval;
        var succeeded = result is not null;
        var summary = result?.Summary;
        var counts = result is null ? null : string.Join(',', result.Counts.Select(c => c.ToString(CultureInfo.InvariantCulture)));
        await db.ScheduledJobs.Where(j => j.Name == name && j.LeaseOwner == owner).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.LeaseOwner, (string?)null).SetProperty(j => j.LeaseUntilUtc, (DateTime?)null)
            .SetProperty(j => j.NextRunAtUtc, next).SetProperty(j => j.LastFinishedAtUtc, finished)
            .SetProperty(j => j.LastSucceeded, succeeded).SetProperty(j => j.LastSummary, summary)
            .SetProperty(j => j.LastCounts, counts).SetProperty(j => j.LastError, error), CancellationToken.None);
        return true;
    }
}
