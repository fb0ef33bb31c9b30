namespace Ecomuna.Core.Members;

/// <summary>A person who represents a member organisation: a politician, a civil servant or other staff.</summary>
public sealed class ContactPerson
{
    public int Id { get; set; }
    public int MemberId { get; set; }
    public Member? Member { get; set; }

    public string FirstName { get; set; } = "";
    public string LastName { get; set; } = "";
    public ContactRole Role { get; set; }

    /// <summary>Political party, for politicians.</summary>
    public string? Party { get; set; }

    public string? Title { get; set; }
    public string Email { get; set; } = "";
    public string? Phone { get; set; }

    /// <summary>One of the member's delegates (ombud), who vote at the annual meeting. Set through <see cref="Member.SetDelegate"/>.</summary>
    public bool IsDelegate { get; set; }

    /// <summary>The person agreed to be shown in the public member directory.</summary>
    public bool ShowPublicly { get; set; }

    public DateOnly? StartedOn { get; set; }
    public DateOnly? EndedOn { get; set; }

    /// <summary>The sign-in account, once the person has accepted an invitation.</summary>
    public string? UserId { get; set; }

    public DateTimeOffset? DetailsConfirmedAt { get; set; }

    public string FullName => $"{FirstName} {LastName}".Trim();

    public bool IsCurrent(DateOnly today) => EndedOn is null || EndedOn > today;

    /// <summary>Ends the person's role as contact; a delegate stops being one.</summary>
    public void End(DateOnly on)
    {
        EndedOn = on;
        IsDelegate = false;
    }
}

public enum ContactRole
{
    Politician = 1,
    CivilServant = 2,

    /// <summary>An alternate contact politician, desirably from the opposition, for continuity.</summary>
    AlternatePolitician = 3,
    OtherStaff = 4,
}
