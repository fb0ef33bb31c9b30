namespace Ecomuna.Core.Background;

/// <summary>What a run of a scheduled job did: a short summary for the log and the counts the admin page shows.</summary>
public sealed record JobResult(string Summary, params int[] Counts);

/// <summary>Work done on a schedule by the background service. Each run happens on one instance only.</summary>
public interface IScheduledJob
{
    /// <summary>A stable name; it keys the job's row in ScheduledJobs and its texts on the admin page.</summary>
    string Name { get; }

    TimeSpan Interval { get; }

    Task<JobResult> RunAsync(CancellationToken ct);
}

/// <summary>A job's row: the lease that lets one instance run it, when it is next due and how its last run went.</summary>
public sealed class ScheduledJobState
{
    public string Name { get; set; } = "";
    public DateTime NextRunAtUtc { get; set; }
    public string? LeaseOwner { get; set; }
    public DateTime? LeaseUntilUtc { get; set; }
    public DateTime? LastStartedAtUtc { get; set; }
    public DateTime? LastFinishedAtUtc { get; set; }
    public bool? LastSucceeded { get; set; }
    public string? LastSummary { get; set; }

    /// <summary>The last run's counts, comma-separated.</summary>
    public string? LastCounts { get; set; }

    public string? LastError { get; set; }

    public int[] Counts => string.IsNullOrEmpty(LastCounts) ? [] : [.. LastCounts.Split(',').Select(int.Parse)];
}

/// <summary>
/// A reminder or notice that went out, keyed so it goes once: a unique (Job, Key) row is written in the same
/// transaction as the mail, so a second run or a second instance cannot send it again.
/// </summary>
public sealed class SentReminder
{
    public long Id { get; set; }
    public string Job { get; set; } = "";
    public string Key { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
}
