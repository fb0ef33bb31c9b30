using Ecomuna.Core.Members;

namespace Ecomuna.Core.Events;

/// <summary>Whether a member's delegate is at the annual meeting.</summary>
public enum DelegatePresence
{
    NotRegistered = 0,

    /// <summary>Has a confirmed registration but has not been checked in.</summary>
    Registered = 1,
    CheckedIn = 2,
}

public sealed record DelegateAttendance(int ContactPersonId, string Name, ContactRole Role, DelegatePresence Presence);

public sealed record MemberAttendance(int MemberId, string Member, int CheckedIn, IReadOnlyList<DelegateAttendance> Delegates);

/// <summary>
/// Who of the members came to the annual meeting: the confirmed registrations of the event matched to the members'
/// delegates, by the contact person the registration was made for or else by email address.
/// </summary>
public sealed class AnnualMeetingAttendance
{
    private readonly IReadOnlyList<Attending> _registrations;

    private AnnualMeetingAttendance(IReadOnlyList<Attending> registrations) => _registrations = registrations;

    private sealed record Attending(int? MemberId, int? ContactPersonId, string Email, bool CheckedIn);

    public static async Task<AnnualMeetingAttendance> LoadAsync(EcomunaDbContext db, int eventId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.EventRegistrations
            .Where(r => r.EventId == eventId && r.Status == RegistrationStatus.Confirmed)
            .Select(r => new
            {
                MemberId = r.MemberId ?? db.ContactPersons.Where(c => c.Id == r.ContactPersonId).Select(c => (int?)c.MemberId).FirstOrDefault(),
                r.ContactPersonId,
                r.Email,
                CheckedIn = r.CheckedInAtUtc != null,
            })
            .ToListAsync(ct);
        return new([.. rows.Select(r => new Attending(r.MemberId, r.ContactPersonId, r.Email.Trim().ToUpperInvariant(), r.CheckedIn))]);
    }

    public DelegatePresence PresenceOf(int contactPersonId, string email)
    {
        var address = email.Trim().ToUpperInvariant();
        var theirs = _registrations.Where(r => r.ContactPersonId == contactPersonId || (address.Length > 0 && r.Email == address)).ToList();
        return theirs.Any(r => r.CheckedIn) ? DelegatePresence.CheckedIn
            : theirs.Count > 0 ? DelegatePresence.Registered
            : DelegatePresence.NotRegistered;
    }

    /// <summary>Each member with at least one participant checked in, with its present delegates and whether they came.</summary>
    public static async Task<IReadOnlyList<MemberAttendance>> MembersAsync(EcomunaDbContext db, int eventId, DateOnly today, CancellationToken ct = default)
    {
        var attendance = await LoadAsync(db, eventId, ct);
        var checkedInByMember = attendance._registrations
            .Where(r => r.CheckedIn && r.MemberId is not null)
            .GroupBy(r => r.MemberId!.Value)
            .ToDictionary(g => g.Key, g => g.Count());
        var memberIds = checkedInByMember.Keys.ToList();
        var members = await db.Members
            .Where(m => memberIds.Contains(m.Id))
            .OrderBy(m => m.Name)
            .Select(m => new
            {
                m.Id,
                m.Name,
                Delegates = m.Contacts
                    .Where(c => c.IsDelegate && (c.EndedOn == null || c.EndedOn > today))
                    .OrderBy(c => c.Role)
                    .Select(c => new { c.Id, Name = c.FirstName + " " + c.LastName, c.Role, c.Email })
                    .ToList(),
            })
            .ToListAsync(ct);
        return [.. members.Select(m => new MemberAttendance(
            m.Id,
            m.Name,
            checkedInByMember[m.Id],
            [.. m.Delegates.Select(d => new DelegateAttendance(d.Id, d.Name, d.Role, attendance.PresenceOf(d.Id, d.Email)))]))];
    }
}
