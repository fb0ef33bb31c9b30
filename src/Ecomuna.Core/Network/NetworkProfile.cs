using Ecomuna.Core.Members;

namespace Ecomuna.Core.Network;

/// <summary>
/// A member of Ecomuna's network in one of its categories (training centre, educator or consultant, researcher,
/// friend): a person or an organisation, anywhere in the world, with a profile it may show publicly.
/// </summary>
public sealed class NetworkProfile
{
    public int Id { get; set; }
    public string UserId { get; set; } = "";
    public NetworkCategory Category { get; set; }
    public bool IsOrganisation { get; set; }

    /// <summary>The person's or the organisation's name.</summary>
    public string Name { get; set; } = "";

    /// <summary>For a person: the organisation they work for, if any.</summary>
    public string? Organisation { get; set; }

    public string CountryCode { get; set; } = "SE";
    public string? City { get; set; }
    public string? Website { get; set; }
    public string? Description { get; set; }

    /// <summary>The member agreed to appear in the public network directory.</summary>
    public bool ShowInDirectory { get; set; }

    public MembershipStatus Status { get; set; } = MembershipStatus.Applicant;
    public DateOnly? MemberSince { get; set; }

    public bool Approve(DateOnly today)
    {
        if (Status != MembershipStatus.Applicant)
        {
            return false;
        }

        Status = MembershipStatus.Active;
        MemberSince = today;
        return true;
    }

    public bool Decline()
    {
        if (Status != MembershipStatus.Applicant)
        {
            return false;
        }

        Status = MembershipStatus.Declined;
        return true;
    }
}
