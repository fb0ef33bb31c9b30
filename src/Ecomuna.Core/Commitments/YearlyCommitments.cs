using Ecomuna.Core.Events;
using Ecomuna.Core.Examples;
using Ecomuna.Core.KeyIndicators;
using Ecomuna.Core.Members;
using Ecomuna.Core.Newsletters;
using Ecomuna.Core.Surveys;

namespace Ecomuna.Core.Commitments;

/// <summary>The five things a member commits to every year.</summary>
public enum Commitment
{
    AnnualMeeting = 1,
    KeyIndicators = 2,
    GoodExample = 3,
    MemberSurvey = 4,
    NewsletterRecipient = 5,
}

/// <summary>One member's five commitments in one year.</summary>
public sealed record Scorecard(
    int Year,
    int MemberId,
    string Member,
    MemberKind Kind,
    PartOfCountry? PartOfCountry,
    bool AnnualMeeting,
    bool KeyIndicators,
    bool GoodExample,
    bool MemberSurvey,
    bool NewsletterRecipient)
{
    public bool Has(Commitment commitment) => commitment switch
    {
        Commitment.AnnualMeeting => AnnualMeeting,
        Commitment.KeyIndicators => KeyIndicators,
        Commitment.GoodExample => GoodExample,
        Commitment.MemberSurvey => MemberSurvey,
        _ => NewsletterRecipient,
    };

    public IReadOnlyList<Commitment> Missing => [.. Enum.GetValues<Commitment>().Where(c => !Has(c))];

    public int Met => 5 - Missing.Count;
}

/// <summary>
/// Works out the scorecards from what the portal already records: a participant of the member checked in at the year's
/// annual meeting, a submitted key-indicator report of the year before (its values are collected in the spring), a good example first published in the year, a
/// submitted answer to the year's membership survey, and at least one current contact person with an email address
/// who has not unsubscribed from the newsletter (contact persons are the newsletter's recipients).
/// Each commitment is one set query over all members, so the view of every member stays a handful of queries.
/// </summary>
public static class YearlyCommitments
{
    /// <summary>The members who were members at some time in <paramref name="year"/>.</summary>
    public static IQueryable<Member> MembersOf(EcomunaDbContext db, int year)
    {
        ArgumentNullException.ThrowIfNull(db);
        var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        return db.Members.Where(m =>
            (m.Status == MembershipStatus.Active || m.Status == MembershipStatus.Resigned)
            && (m.MemberSince == null || m.MemberSince <= last)
            && (m.MemberUntil == null || m.MemberUntil >= first));
    }

    public static async Task<IReadOnlyList<Scorecard>> ForYearAsync(EcomunaDbContext db, int year, DateOnly today, CancellationToken ct = default)
    {
        var members = await MembersOf(db, year)
            .OrderBy(m => m.Name).ThenBy(m => m.Id)
            .Select(m => new { m.Id, m.Name, m.Kind, m.PartOfCountry })
            .ToListAsync(ct);
        var met = await MetAsync(db, year, today, memberId: null, ct);
        return [.. members.Select(m => new Scorecard(
            year, m.Id, m.Name, m.Kind, m.PartOfCountry,
            met.AnnualMeeting.Contains(m.Id), met.KeyIndicators.Contains(m.Id), met.GoodExample.Contains(m.Id),
            met.MemberSurvey.Contains(m.Id), met.NewsletterRecipient.Contains(m.Id)))];
    }

    public static async Task<Scorecard?> ForMemberAsync(EcomunaDbContext db, int memberId, int year, DateOnly today, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var member = await db.Members.Where(m => m.Id == memberId)
            .Select(m => new { m.Id, m.Name, m.Kind, m.PartOfCountry })
            .SingleOrDefaultAsync(ct);
        if (member is null)
        {
            return null;
        }

        var met = await MetAsync(db, year, today, memberId, ct);
        return new Scorecard(
            year, member.Id, member.Name, member.Kind, member.PartOfCountry,
            met.AnnualMeeting.Contains(member.Id), met.KeyIndicators.Contains(member.Id), met.GoodExample.Contains(member.Id),
            met.MemberSurvey.Contains(member.Id), met.NewsletterRecipient.Contains(member.Id));
    }

    /// <summary>The annual meetings held (or to be held) in the year, not cancelled.</summary>
    public static IQueryable<CalendarEvent> AnnualMeetingsOf(EcomunaDbContext db, int year)
    {
        ArgumentNullException.ThrowIfNull(db);
        var (from, to) = (new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(year + 1, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        return db.Events.Where(e => e.IsAnnualMeeting && e.CancelledAtUtc == null && e.StartsAtUtc >= from && e.StartsAtUtc < to);
    }

    private sealed record MetSets(
        HashSet<int> AnnualMeeting, HashSet<int> KeyIndicators, HashSet<int> GoodExample, HashSet<int> MemberSurvey, HashSet<int> NewsletterRecipient);

    private static async Task<MetSets> MetAsync(EcomunaDbContext db, int year, DateOnly today, int? memberId, CancellationToken ct)
    {
        var meetings = AnnualMeetingsOf(db, year).Select(e => e.Id);
        var checkedIn = await db.EventRegistrations
            .Where(r => meetings.Contains(r.EventId) && r.Status == RegistrationStatus.Confirmed && r.CheckedInAtUtc != null)
            .Select(r => r.MemberId ?? db.ContactPersons.Where(c => c.Id == r.ContactPersonId).Select(c => (int?)c.MemberId).FirstOrDefault())
            .Where(id => id != null && (memberId == null || id == memberId))
            .Distinct()
            .ToListAsync(ct);

        var reported = await db.IndicatorReports
            .Where(r => r.Year == year - 1 && r.Status == ReportStatus.Submitted && (memberId == null || r.MemberId == memberId))
            .Select(r => r.MemberId).Distinct().ToListAsync(ct);

        var optedOut = (await db.NewsletterOptOuts.Select(o => o.Email).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var recipients = (await db.ContactPersons
            .Where(c => c.Email != "" && (c.EndedOn == null || c.EndedOn > today) && (memberId == null || c.MemberId == memberId))
            .Select(c => new { c.MemberId, c.Email }).ToListAsync(ct))
            .Where(c => !optedOut.Contains(NewsletterAddress.Normalize(c.Email)))
            .Select(c => c.MemberId).Distinct().ToList();

        return new MetSets(
            [.. checkedIn.Select(id => id!.Value)],
            [.. reported],
            await db.MembersWithPublishedExampleAsync(year, ct),
            await db.MembersThatAnsweredMembershipSurveyAsync(year, ct),
            [.. recipients]);
    }
}
