using Ecomuna.Core.Surveys;

namespace Ecomuna.Web.Pages.Organisation.Surveys;

public enum AnswerState
{
    NotStarted,
    Draft,
    Submitted,
}

/// <summary>A survey as the member (or, for a per-person survey, the contact person) sees it.</summary>
public sealed record MemberSurveyRow(int Id, string TitleSv, string TitleEn, SurveyAudience Audience, DateOnly ClosesOn, bool IsClosed, AnswerState State)
{
    public string Title(string language) => language == "en" && TitleEn.Length > 0 ? TitleEn : TitleSv;
}

public static class MemberSurveys
{
    /// <summary>The contact row of the signed-in user at the member they act for, which answers per-person surveys.</summary>
    public static Task<int?> ContactIdAsync(this EcomunaDbContext db, string? userId, int memberId, DateOnly today, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.ContactPersons
            .Where(c => c.UserId == userId && c.MemberId == memberId && (c.EndedOn == null || c.EndedOn > today))
            .OrderBy(c => c.Id).Select(c => (int?)c.Id).FirstOrDefaultAsync(ct);
    }

    /// <summary>The surveys open now, and those closed within the last year and a half, newest first.</summary>
    public static async Task<IReadOnlyList<MemberSurveyRow>> ListAsync(
        this EcomunaDbContext db, int memberId, int? contactId, DateOnly today, bool openOnly, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var since = today.AddMonths(-18);
        var surveys = db.Surveys.Where(s => s.OpensOn <= today && (openOnly ? s.ClosesOn >= today : s.ClosesOn >= since));
        var rows = await surveys
            .OrderByDescending(s => s.ClosesOn).ThenByDescending(s => s.Id)
            .Select(s => new
            {
                s.Id,
                s.TitleSv,
                s.TitleEn,
                s.Audience,
                s.ClosesOn,
                Started = db.SurveyResponses.Any(r => r.SurveyId == s.Id && r.MemberId == memberId
                    && (s.Audience == SurveyAudience.PerMember ? r.ContactPersonId == null : r.ContactPersonId == contactId)),
                Submitted = db.SurveyResponses.Any(r => r.SurveyId == s.Id && r.MemberId == memberId && r.SubmittedAtUtc != null
                    && (s.Audience == SurveyAudience.PerMember ? r.ContactPersonId == null : r.ContactPersonId == contactId)),
            })
            .ToListAsync(ct);
        return
        [
            .. rows.Select(r => new MemberSurveyRow(
                r.Id, r.TitleSv, r.TitleEn, r.Audience, r.ClosesOn, r.ClosesOn < today,
                r.Submitted ? AnswerState.Submitted : r.Started ? AnswerState.Draft : AnswerState.NotStarted)),
        ];
    }
}
