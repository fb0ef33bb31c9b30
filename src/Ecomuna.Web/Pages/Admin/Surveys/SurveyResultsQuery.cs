using Ecomuna.Core.Surveys;

namespace Ecomuna.Web.Pages.Admin.Surveys;

/// <summary>One submitted answer to a survey with the member (and person) behind it.</summary>
public sealed record SubmittedResponse(
    int ResponseId, int MemberId, string MemberName, MemberKind Kind, PartOfCountry? Part, string? PersonName, DateTime SubmittedAtUtc, string UpdatedBy,
    IReadOnlyDictionary<int, string> Answers)
{
    public string Respondent => PersonName is null ? MemberName : $"{PersonName}, {MemberName}";
}

/// <summary>The submitted answers of a survey and how many it asked, for the members of a part of the country or of a kind.</summary>
public static class SurveyResultsQuery
{
    public static async Task<(int Asked, IReadOnlyList<SubmittedResponse> Responses)> LoadAsync(
        this EcomunaDbContext db, Survey survey, PartOfCountry? part, MemberKind? kind, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(survey);
        var members = db.Members.AsQueryable();
        if (part is { } p)
        {
            members = members.Where(m => m.PartOfCountry == p);
        }

        if (kind is { } k)
        {
            members = members.Where(m => m.Kind == k);
        }

        var memberIds = members.Select(m => m.Id);
        var asked = survey.Audience == SurveyAudience.PerMember
            ? await db.AskedMembers(survey).CountAsync(m => memberIds.Contains(m.Id), ct)
            : await db.AskedPersons(survey).CountAsync(c => memberIds.Contains(c.MemberId), ct);
        var rows = await db.SurveyResponses
            .Where(r => r.SurveyId == survey.Id && r.SubmittedAtUtc != null && memberIds.Contains(r.MemberId))
            .OrderBy(r => r.Id)
            .Select(r => new
            {
                r.Id,
                r.MemberId,
                Member = db.Members.Where(m => m.Id == r.MemberId).Select(m => new { m.Name, m.Kind, m.PartOfCountry }).Single(),
                Person = db.ContactPersons.Where(c => c.Id == r.ContactPersonId).Select(c => c.FirstName + " " + c.LastName).FirstOrDefault(),
                SubmittedAtUtc = r.SubmittedAtUtc!.Value,
                r.UpdatedBy,
            })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var answers = (await db.SurveyAnswers.Where(a => ids.Contains(a.ResponseId)).Select(a => new { a.ResponseId, a.QuestionId, a.Value }).ToListAsync(ct))
            .ToLookup(a => a.ResponseId);
        var responses = rows
            .Select(r => new SubmittedResponse(
                r.Id, r.MemberId, r.Member.Name, r.Member.Kind, r.Member.PartOfCountry, r.Person, r.SubmittedAtUtc, r.UpdatedBy,
                answers[r.Id].ToDictionary(a => a.QuestionId, a => a.Value)))
            .ToList();
        return (asked, responses);
    }

    public static QuestionResult ResultOf(SurveyQuestion question, IEnumerable<SubmittedResponse> responses, string language) =>
        QuestionResult.For(question, responses.Select(r => (r.Respondent, r.Answers.GetValueOrDefault(question.Id, ""))), language);
}
