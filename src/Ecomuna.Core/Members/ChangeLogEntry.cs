namespace Ecomuna.Core.Members;

/// <summary>One changed value of a member, its population or a contact person: who changed it, when, from what to what.</summary>
public sealed class ChangeLogEntry
{
    public long Id { get; set; }
    public int MemberId { get; set; }
    public Member? Member { get; set; }

    /// <summary>Set when the change was to a contact person.</summary>
    public int? ContactPersonId { get; set; }
    public ContactPerson? ContactPerson { get; set; }

    /// <summary>"Member", "ContactPerson" or "PopulationFigure".</summary>
    public string EntityType { get; set; } = "";

    /// <summary>"Added", "Modified" or "Deleted".</summary>
    public string Change { get; set; } = "";

    public string? Property { get; set; }
    public string? OldValue { get; set; }
    public string? NewValue { get; set; }

    /// <summary>The email of the person who made the change, or "system".</summary>
    public string ChangedBy { get; set; } = "";
    public DateTimeOffset ChangedAt { get; set; }
}
