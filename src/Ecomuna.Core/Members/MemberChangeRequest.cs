namespace Ecomuna.Core.Members;

/// <summary>
/// A contact person asks the secretariat to change something that drives fees or voting and that only the
/// secretariat may change: a year's population, a delegate, or the membership itself (resignation). The
/// secretariat approves it, which applies the change, or declines it with a reason.
/// </summary>
public sealed class MemberChangeRequest
{
    public int Id { get; set; }
    public int MemberId { get; set; }
    public Member? Member { get; set; }

    public ChangeRequestKind Kind { get; set; }
    public ChangeRequestStatus Status { get; set; } = ChangeRequestStatus.Pending;

    /// <summary>For <see cref="ChangeRequestKind.Population"/>: the year the figure is for.</summary>
    public int? PopulationYear { get; set; }
    public int? Population { get; set; }
    public DateOnly? PopulationReferenceDate { get; set; }
    public string? PopulationSource { get; set; }

    /// <summary>For <see cref="ChangeRequestKind.Delegate"/>: the contact person the request is about.</summary>
    public int? ContactPersonId { get; set; }
    public ContactPerson? ContactPerson { get; set; }

    /// <summary>For <see cref="ChangeRequestKind.Delegate"/>: true to make the contact a delegate, false to take the vote away.</summary>
    public bool? MakeDelegate { get; set; }

    /// <summary>For <see cref="ChangeRequestKind.Resignation"/>: the last day of the membership.</summary>
    public DateOnly? ResignationDate { get; set; }

    /// <summary>The member's own words to the secretariat.</summary>
    public string? Comment { get; set; }

    /// <summary>The account that asked, to send it the decision; null once that account is removed.</summary>
    public string? RequestedByUserId { get; set; }

    /// <summary>The email of the person who asked, kept for the record.</summary>
    public string RequestedBy { get; set; } = "";
    public DateTimeOffset RequestedAt { get; set; }

    /// <summary>The email of the secretariat admin who approved or declined.</summary>
    public string? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>Why the secretariat declined, in its own words; sent to the person who asked.</summary>
    public string? DeclineReason { get; set; }

    public bool IsPending => Status == ChangeRequestStatus.Pending;

    /// <summary>
    /// Applies the requested change to <paramref name="member"/> (loaded with its contacts and population figures)
    /// and marks the request approved. A delegate asked for replaces the member's current delegate of the same role,
    /// since a member has only one. Returns why the change cannot be made, and then changes nothing.
    /// </summary>
    public ChangeRequestProblem? Approve(Member member, string decidedBy, DateTimeOffset now, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(member);
        if (!IsPending)
        {
            return ChangeRequestProblem.AlreadyDecided;
        }

        if (member.Id != MemberId)
        {
            throw new ArgumentException($"Request {Id} is for member {MemberId}, not {member.Id}.", nameof(member));
        }

        var problem = Kind switch
        {
            ChangeRequestKind.Population => ApplyPopulation(member),
            ChangeRequestKind.Delegate => ApplyDelegate(member, today),
            ChangeRequestKind.Resignation => ApplyResignation(member),
            _ => throw new InvalidOperationException($"Unknown change request kind {Kind}."),
        };
        if (problem is not null)
        {
            return problem;
        }

        Status = ChangeRequestStatus.Approved;
        DecidedBy = decidedBy;
        DecidedAt = now;
        return null;
    }

    /// <summary>Declines the request with the secretariat's reason. False when it was already decided.</summary>
    public bool Decline(string reason, string decidedBy, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (!IsPending)
        {
            return false;
        }

        Status = ChangeRequestStatus.Declined;
        DeclineReason = reason.Trim();
        DecidedBy = decidedBy;
        DecidedAt = now;
        return true;
    }

    /// <summary>
    /// Why a delegate request about a contact (null when the contact is not the member's) could not be approved
    /// today, without changing anything; null when it can.
    /// </summary>
    public static ChangeRequestProblem? CheckDelegate(ContactRole? role, DateOnly? endedOn, bool makeDelegate, DateOnly today) =>
        role is null ? ChangeRequestProblem.ContactNotFound
        : !makeDelegate ? null
        : role is not (ContactRole.Politician or ContactRole.CivilServant) ? ChangeRequestProblem.RoleCannotVote
        : endedOn is { } ended && ended <= today ? ChangeRequestProblem.ContactHasEnded
        : null;

    /// <summary>Why a resignation could not be approved, without changing anything; null when it can.</summary>
    public static ChangeRequestProblem? CheckResignation(MembershipStatus status, DateOnly? memberSince, DateOnly until) =>
        Member.CheckResignation(status, memberSince, until) switch
        {
            null => null,
            MembershipProblem.NotActive => ChangeRequestProblem.MemberNotActive,
            _ => ChangeRequestProblem.EndsBeforeMembershipBegan,
        };

    private ChangeRequestProblem? ApplyPopulation(Member member)
    {
        var year = PopulationYear ?? throw new InvalidOperationException($"Population request {Id} has no year.");
        var figure = member.Populations.SingleOrDefault(p => p.Year == year);
        if (figure is null)
        {
            figure = new PopulationFigure { MemberId = member.Id, Year = year };
            member.Populations.Add(figure);
        }

        figure.Population = Population ?? throw new InvalidOperationException($"Population request {Id} has no population.");
        figure.ReferenceDate = PopulationReferenceDate;
        figure.Source = PopulationSource;
        return null;
    }

    private ChangeRequestProblem? ApplyDelegate(Member member, DateOnly today)
    {
        var contact = member.Contacts.SingleOrDefault(c => c.Id == ContactPersonId);
        var makeDelegate = MakeDelegate ?? throw new InvalidOperationException($"Delegate request {Id} does not say what to do.");
        if (CheckDelegate(contact?.Role, contact?.EndedOn, makeDelegate, today) is { } problem)
        {
            return problem;
        }

        if (!makeDelegate)
        {
            member.SetDelegate(contact!, false, today);
            return null;
        }

        return member.ReplaceDelegate(contact!, today) is null
            ? null
            : throw new InvalidOperationException($"Delegate request {Id} passed its checks but the delegate rule refused it.");
    }

    private ChangeRequestProblem? ApplyResignation(Member member)
    {
        var until = ResignationDate ?? throw new InvalidOperationException($"Resignation request {Id} has no date.");
        if (CheckResignation(member.Status, member.MemberSince, until) is { } problem)
        {
            return problem;
        }

        return member.Resign(until) is null
            ? null
            : throw new InvalidOperationException($"Resignation request {Id} passed its checks but the membership rule refused it.");
    }
}

public enum ChangeRequestKind
{
    /// <summary>The population for a year, which the fee is computed from.</summary>
    Population = 1,

    /// <summary>Make a politician or civil servant a delegate with a vote, or take the vote away.</summary>
    Delegate = 2,

    /// <summary>The member leaves the association.</summary>
    Resignation = 3,
}

public enum ChangeRequestStatus
{
    Pending = 1,
    Approved = 2,
    Declined = 3,
}

/// <summary>Why an approved request cannot be applied (things changed since it was sent).</summary>
public enum ChangeRequestProblem
{
    AlreadyDecided = 1,

    /// <summary>The contact person is no longer in the member's register.</summary>
    ContactNotFound = 2,
    ContactHasEnded = 3,

    /// <summary>The contact's role is no longer politician or civil servant.</summary>
    RoleCannotVote = 4,
    MemberNotActive = 5,
    EndsBeforeMembershipBegan = 6,
}
