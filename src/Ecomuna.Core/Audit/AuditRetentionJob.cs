using System.ComponentModel.DataAnnotations;
using Ecomuna.Core.Audit;
using Ecomuna.Core.Background;

namespace Ecomuna.Core.Audit;

/// <summary>Bound from the "Audit" configuration section.</summary>
public sealed class AuditOptions
{
    public const string Section = "Audit";

    /// <summary>Audit entries are kept this many days, then removed.</summary>
    [Range(1, 36500, ErrorMessage = "Audit:KeepDays (env Audit__KeepDays) must be between 1 and 36500.")]
    public int KeepDays { get; set; } = 730;
}

/// <summary>Removes audit entries older than Audit:KeepDays, and notes in the log itself how many went.</summary>
public sealed class AuditRetentionJob(EcomunaDbContext db, AuditLog audit, TimeProvider clock, IOptions<AuditOptions> options, IOptions<JobOptions> jobs)
    : IScheduledJob
{
    public const string JobName = "audit-retention";

    public string Name => JobName;

    public TimeSpan Interval => jobs.Value.Interval;

    public async Task<JobResult> RunAsync(CancellationToken ct)
    {
        var keepDays = options.Value.KeepDays;
        var before = clock.GetUtcNow().UtcDateTime.AddDays(-keepDays);
        var removed = await db.AuditEntries.Where(e => e.AtUtc < before).ExecuteDeleteAsync(ct);
        if (removed > 0)
        {
            await audit.SaveAsync(AuditKind.AuditPruned, $"Removed {removed} audit entries older than {keepDays} days", ct: ct);
        }

        return new JobResult($"Removed {removed} audit entries older than {keepDays} days.", removed, keepDays);
    }
}
