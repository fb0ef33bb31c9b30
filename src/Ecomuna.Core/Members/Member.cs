namespace Ecomuna.Core.Members;

/// <summary>A member organisation: a municipality or a region.</summary>
public sealed class Member
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public MemberKind Kind { get; set; }

    /// <summary>ISO 3166-1 alpha-2 country code.</summary>
    public string CountryCode { get; set; } = "SE";
    public string? County { get; set; }
    public PartOfCountry? PartOfCountry { get; set; }
    private MembershipStatus _status = MembershipStatus.Active;
    private DateOnly? _memberSince;
    private DateOnly? _memberUntil;

    /// <summary>Given when the member is made; changed later only through <see cref="ChangeMembership"/>, <see cref="Approve"/>, <see cref="Decline"/> and <see cref="Resign"/>.</summary>
    public MembershipStatus Status { get => _status; init => _status = value; }
    public DateOnly? MemberSince { get => _memberSince; init => _memberSince = value; }

    /// <summary>The last day of membership.</summary>
    public DateOnly? MemberUntil { get => _memberUntil; init => _memberUntil = value; }

    /// <summary>The date of the council (fullmäktige) decision to join.</summary>
    public DateOnly? CouncilDecisionDate { get; set; }

    /// <summary>Swedish organisation number, stored as NNNNNN-NNNN.</summary>
    public string? OrganisationNumber { get; set; }

    public string? StreetAddress { get; set; }
    public string? PostalCode { get; set; }
    public string? City { get; set; }

    /// <summary>Where invoices go, several lines; the postal address is used when empty.</summary>
    public string? InvoiceAddress { get; set; }

    /// <summary>The member's own reference to quote on invoices.</summary>
    public string? InvoiceReference { get; set; }

    public string? Website { get; set; }

    /// <summary>Why an application was declined, in the secretariat's words.</summary>
    public string? DeclineReason { get; set; }

    /// <summary>When the member last confirmed that its details are current.</summary>
    public DateTimeOffset? DetailsConfirmedAt { get; set; }

    public List<PopulationFigure> Populations { get; } = [];

    public List<ContactPerson> Contacts { get; } = [];

    /// <summary>Contact persons who have not ended.</summary>
    public IEnumerable<ContactPerson> CurrentContacts(DateOnly today) => Contacts.Where(c => c.IsCurrent(today));

    /// <summary>Accepts an application: the member becomes active from today, and its proposed contacts become its delegates.</summary>
    public bool Approve(DateOnly today)
    {
        if (Status != MembershipStatus.Applicant)
        {
            return false;
        }

        _status = MembershipStatus.Active;
        _memberSince = today;
        foreach (var contact in CurrentContacts(today).Where(c => c.Role is ContactRole.Politician or ContactRole.CivilServant).ToList())
        {
            SetDelegate(contact, true, today);
        }

        return true;
    }

    public bool Decline(string reason)
    {
        if (Status != MembershipStatus.Applicant)
        {
            return false;
        }

        _status = MembershipStatus.Declined;
        DeclineReason = reason;
        return true;
    }

    public bool LacksContact(ContactRole role, DateOnly today) => !CurrentContacts(today).Any(c => c.Role == role);

    /// <summary>
    /// Makes a contact person a delegate (ombud) with the right to vote, or takes it away. A member has at most one
    /// delegate politician and one delegate civil servant, and only politicians and civil servants can be delegates.
    /// </summary>
    public DelegateRuleViolation? SetDelegate(ContactPerson contact, bool isDelegate, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(contact);
        if (!isDelegate)
        {
            contact.IsDelegate = false;
            return null;
        }

        if (contact.Role is not (ContactRole.Politician or ContactRole.CivilServant))
        {
            return DelegateRuleViolation.RoleCannotVote;
        }

        if (!contact.IsCurrent(today))
        {
            return DelegateRuleViolation.ContactHasEnded;
        }

        if (CurrentContacts(today).Any(c => c != contact && c.IsDelegate && c.Role == contact.Role))
        {
            return contact.Role == ContactRole.Politician
                ? DelegateRuleViolation.AlreadyHasDelegatePolitician
                : DelegateRuleViolation.AlreadyHasDelegateCivilServant;
        }

        contact.IsDelegate = true;
        return null;
    }

    /// <summary>
    /// Makes a contact person the member's delegate of their role in place of whoever it is now, who keeps being a
    /// contact but loses the vote. The other rules of <see cref="SetDelegate"/> apply, and when one is broken
    /// nothing changes.
    /// </summary>
    public DelegateRuleViolation? ReplaceDelegate(ContactPerson contact, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(contact);
        if (contact.Role is not (ContactRole.Politician or ContactRole.CivilServant))
        {
            return DelegateRuleViolation.RoleCannotVote;
        }

        if (!contact.IsCurrent(today))
        {
            return DelegateRuleViolation.ContactHasEnded;
        }

        foreach (var previous in CurrentContacts(today).Where(c => c != contact && c.IsDelegate && c.Role == contact.Role).ToList())
        {
            SetDelegate(previous, false, today);
        }

        return SetDelegate(contact, true, today);
    }

    /// <summary>
    /// The rule every status and membership dates keep, whoever sets them (the secretariat's form, an import, a
    /// resignation): the last day is not before the first, and a member that has resigned has a last day.
    /// </summary>
    public static MembershipProblem? CheckMembership(MembershipStatus status, DateOnly? since, DateOnly? until) =>
        since is { } first && until is { } last && last < first ? MembershipProblem.EndsBeforeItBegan
        : status == MembershipStatus.Resigned && until is null ? MembershipProblem.ResignedWithoutLastDay
        : null;

    /// <summary>Why the member could not resign with <paramref name="until"/> as its last day; null when it can.</summary>
    public static MembershipProblem? CheckResignation(MembershipStatus status, DateOnly? since, DateOnly until) =>
        status != MembershipStatus.Active ? MembershipProblem.NotActive : CheckMembership(MembershipStatus.Resigned, since, until);

    /// <summary>Sets the status and the membership dates as the secretariat records them; nothing changes when they break <see cref="CheckMembership"/>.</summary>
    public MembershipProblem? ChangeMembership(MembershipStatus status, DateOnly? since, DateOnly? until)
    {
        if (CheckMembership(status, since, until) is { } problem)
        {
            return problem;
        }

        _status = status;
        _memberSince = since;
        _memberUntil = until;
        return null;
    }

    /// <summary>An active member leaves the association: resigned, with <paramref name="until"/> as the last day of membership.</summary>
    public MembershipProblem? Resign(DateOnly until)
    {
        if (CheckResignation(Status, MemberSince, until) is { } problem)
        {
            return problem;
        }

        _status = MembershipStatus.Resigned;
        _memberUntil = until;
        return null;
    }

    public int? PopulationFor(int year) =>
        Populations.Where(p => p.Year == year).Select(p => (int?)p.Population).FirstOrDefault();
}

/// <summary>Why a membership status or its dates cannot be set.</summary>
public enum MembershipProblem
{
    /// <summary>The last day of membership is before the first.</summary>
    EndsBeforeItBegan = 1,

    /// <summary>A resigned member needs its last day of membership.</summary>
    ResignedWithoutLastDay = 2,

    /// <summary>Only an active member can resign.</summary>
    NotActive = 3,
}

/// <summary>Why a contact person cannot be made a delegate.</summary>
public enum DelegateRuleViolation
{
    RoleCannotVote = 1,
    ContactHasEnded = 2,
    AlreadyHasDelegatePolitician = 3,
    AlreadyHasDelegateCivilServant = 4,
}

public enum MemberKind
{
    Municipality = 1,
    Region = 2,
}

/// <summary>The three parts of Sweden the board is composed by.</summary>
public enum PartOfCountry
{
    Gotaland = 1,
    Svealand = 2,
    Norrland = 3,
}

public enum MembershipStatus
{
    Applicant = 1,
    Active = 2,
    Resigned = 3,
    Declined = 4,
}

/// <summary>Ecomuna's network categories besides the eco-municipalities themselves.</summary>
public enum NetworkCategory
{
    TrainingCentre = 1,
    EducatorOrConsultant = 2,
    Researcher = 3,
    Friend = 4,
}
