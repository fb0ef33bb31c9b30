using System.ComponentModel.DataAnnotations;

namespace Ecomuna.Core.Email.Outbox;

/// <summary>Bound from the "Outbox" configuration section.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>Run the background sender and scheduled jobs in this process.</summary>
    public bool Enabled { get; set; } = true;

    [Range(1, 10_000, ErrorMessage = "Outbox:BatchSize (env Outbox__BatchSize) must be between 1 and 10000.")]
    public int BatchSize { get; set; } = 50;

    /// <summary>
    /// How many messages of a batch are handed to the mail server side by side, each over its own connection. A mail
    /// server answers each message after a short wait, so a few connections send several times faster than one.
    /// </summary>
    [Range(1, 64, ErrorMessage = "Outbox:Connections (env Outbox__Connections) must be between 1 and 64.")]
    public int Connections { get; set; } = 4;

    /// <summary>At most this many messages a second; 0 sends as fast as the mail server takes them.</summary>
    [Range(0, 100_000, ErrorMessage = "Outbox:MessagesPerSecond (env Outbox__MessagesPerSecond) must be between 0 (no limit) and 100000.")]
    public double MessagesPerSecond { get; set; } = 10;

    [Range(1, 100, ErrorMessage = "Outbox:MaxAttempts (env Outbox__MaxAttempts) must be between 1 and 100.")]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>How often to look for queued mail when there is none.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Wait before the first retry; each further retry waits twice as long, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(6);

    /// <summary>How long a claimed message is reserved for the sender that claimed it; after that another may take it.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often the scheduled jobs are looked at.</summary>
    public TimeSpan JobTick { get; set; } = TimeSpan.FromMinutes(1);
}
