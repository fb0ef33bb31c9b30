namespace Ecomuna.Core.Privacy;

public enum ErasureStatus
{
    Open = 1,
    Done = 2,
}

/// <summary>
/// A person's request to have their personal data erased, or an erasure the secretariat carried out on its own. Once
/// done, the address is removed from the request too; what remains is when, by whom and what was erased.
/// </summary>
public sealed class ErasureRequest
{
    public int Id { get; set; }

    /// <summary>Trimmed and lower-case; empty once the erasure is done.</summary>
    public string Email { get; set; } = "";

    /// <summary>The account that asked; null when the secretariat began the erasure, and once it is done.</summary>
    public string? UserId { get; set; }

    public ErasureStatus Status { get; set; } = ErasureStatus.Open;
    public DateTime RequestedAtUtc { get; set; }

    /// <summary>The email of the admin who carried out the erasure.</summary>
    public string? DoneBy { get; set; }
    public DateTime? DoneAtUtc { get; set; }

    /// <summary>What was removed or pseudonymised, in numbers, for the record.</summary>
    public string? Outcome { get; set; }
}
