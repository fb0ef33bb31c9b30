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
    public MembershipStatus Status { get; set; } = MembershipStatus.Active;
    public DateOnly? MemberSince { get; set; }
    public DateOnly? MemberUntil { get; set; }

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

        Status = MembershipStatus.Active;
        MemberSince = today;
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

        Status = MembershipStatus.Declined;
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

    /// <summary>The member leaves the association: resigned, with <paramref name="until"/> as the last day of membership.</summary>
    public bool Resign(DateOnly until)
    {
        if (Status != MembershipStatus.Active || (MemberSince is { } since && until < since))
        {
            return false;
        }

        Status = MembershipStatus.Resigned;
        MemberUntil = until;
        return true;
    }

    public int? PopulationFor(int year) =>
        Populations.Where(p => p.Year == year).Select(p => (int?)p.Population).FirstOrDefault();
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
