using Ecomuna.Core.Members;

namespace Ecomuna.Core.Governance;

/// <summary>A contact person's seat on the board, in the civil servants' forum or in a working group, for a term.</summary>
public sealed class Appointment
{
    public int Id { get; set; }
    public GoverningBody Body { get; set; }

    /// <summary>Set when <see cref="Body"/> is <see cref="GoverningBody.WorkingGroup"/>.</summary>
    public int? WorkingGroupId { get; set; }
    public WorkingGroup? WorkingGroup { get; set; }

    public int ContactPersonId { get; set; }
    public ContactPerson? ContactPerson { get; set; }

    public Seat Seat { get; set; } = Seat.Member;
    public bool IsChair { get; set; }
    public DateOnly From { get; set; }
    /// <summary>The day the term ends: from this day on the person no longer holds the seat.</summary>
    public DateOnly? To { get; set; }

    public bool IsCurrent(DateOnly today) => From <= today && (To is null || To > today);
}

public enum GoverningBody
{
    Board = 1,
    CivilServantsForum = 2,
    WorkingGroup = 3,
}

public enum Seat
{
    Member = 1,
    Alternate = 2,
}

/// <summary>A temporary group, for example to answer a consultation (remiss).</summary>
public sealed class WorkingGroup
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string? Purpose { get; set; }
    public DateOnly CreatedOn { get; set; }
    public DateOnly? ClosedOn { get; set; }

    public bool IsOpen => ClosedOn is null;
}
