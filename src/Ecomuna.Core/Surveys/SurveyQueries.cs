using Ecomuna.Core.Members;

namespace Ecomuna.Core.Surveys;

/// <summary>Who a survey asks and who has answered.</summary>
public static class SurveyQueries
{
    /// <summary>The members a survey asks: those who were members at some time while it was open.</summary>
    public static IQueryable<Member> AskedMembers(this EcomunaDbContext db, Survey survey)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(survey);
        var (opens, closes) = (survey.OpensOn, survey.ClosesOn);
        return db.Members.Where(m =>
            (m.Status == MembershipStatus.Active || (m.Status == MembershipStatus.Resigned && m.MemberUntil != null && m.MemberUntil >= opens))
            && (m.MemberSince == null || m.MemberSince <= closes));
    }

    /// <summary>The contact persons a per-person survey asks: those of the asked members who were contacts while it was open.</summary>
    public static IQueryable<ContactPerson> AskedPersons(this EcomunaDbContext db, Survey survey)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(survey);
        var (opens, closes) = (survey.OpensOn, survey.ClosesOn);
        var members = db.AskedMembers(survey).Select(m => m.Id);
        return db.ContactPersons.Where(c =>
            members.Contains(c.MemberId) && (c.StartedOn == null || c.StartedOn <= closes) && (c.EndedOn == null || c.EndedOn > opens));
    }

    /// <summary>
    /// Whether the member has submitted the yearly membership survey of the year: its answer, or for a per-person
    /// survey the answer of at least one of its contact persons.
    /// </summary>
    public static Task<bool> HasAnsweredMembershipSurveyAsync(this EcomunaDbContext db, int memberId, int year, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.MembershipSurveyAnswers(year).AnyAsync(r => r.MemberId == memberId, ct);
    }

    /// <summary>The members who have submitted the yearly membership survey of the year, for a view of all members at once.</summary>
    public static async Task<HashSet<int>> MembersThatAnsweredMembershipSurveyAsync(this EcomunaDbContext db, int year, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return [.. await db.MembershipSurveyAnswers(year).Select(r => r.MemberId).Distinct().ToListAsync(ct)];
    }

    private static IQueryable<SurveyResponse> MembershipSurveyAnswers(this EcomunaDbContext db, int year) =>
        db.SurveyResponses.Where(r => r.SubmittedAtUtc != null && db.Surveys.Any(s => s.Id == r.SurveyId && s.MembershipYear == year));
}
