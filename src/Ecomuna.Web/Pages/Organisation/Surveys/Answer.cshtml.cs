using Ecomuna.Core.Surveys;

namespace Ecomuna.Web.Pages.Organisation.Surveys;

/// <summary>
/// Answers a survey for the member the user acts for, or for themselves when each person answers. The answer can be
/// saved as a draft and is submitted when every required question is answered; until the survey closes it can be
/// changed, by any of the member's contact persons when the answer is shared. After the close it can only be read.
/// The answer is always found from the signed-in user, never from anything the form sends.
/// </summary>
public sealed class AnswerModel(EcomunaDbContext db, UserManager<AppUser> users, TimeProvider clock, SwedishTime swedishTime, IStringLocalizer<SurveysResource> text) : PageModel
{
    public Survey Survey { get; private set; } = null!;

    public IReadOnlyList<SurveyQuestion> Questions { get; private set; } = [];

    public SurveyResponse? Saved { get; private set; }

    public bool IsClosed { get; private set; }

    public string Language => SupportedCultures.CurrentLanguage;

    /// <summary>What is shown in each question's fields: the saved answer, or what was just typed.</summary>
    public Dictionary<int, IReadOnlyList<string>> Values { get; } = [];

    public IReadOnlyList<string> ValuesOf(int questionId) => Values.GetValueOrDefault(questionId) ?? [];

    public static string FieldName(int questionId) => $"q{questionId}";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } problem)
        {
            return problem;
        }

        foreach (var answer in Saved?.Answers ?? [])
        {
            var question = Questions.FirstOrDefault(q => q.Id == answer.QuestionId);
            if (question is not null)
            {
                Values[question.Id] = question.HasOptions ? [.. AnswerRules.Choices(answer.Value).Select(c => c.ToString(System.Globalization.CultureInfo.InvariantCulture))] : [answer.Value];
            }
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, string? intent, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } problem)
        {
            return problem;
        }

        if (IsClosed)
        {
            ModelState.AddModelError("", text["Answer.ClosedNow"]);
            return Page();
        }

        // A submitted answer stays submitted: changing it means submitting it again.
        var isDraft = intent == "draft" && Saved?.IsSubmitted != true;
        var checkedValues = new Dictionary<int, string>();
        foreach (var question in Questions)
        {
            var sent = Request.Form[FieldName(question.Id)];
            Values[question.Id] = [.. sent.Select(v => v ?? "")];
            var (value, error) = AnswerRules.Check(question, sent, isDraft);
            if (error is { } kind)
            {
                ModelState.AddModelError(FieldName(question.Id), text[$"Answer.Problem.{kind}", AnswerRules.MaxTextLength.ToString("N0", System.Globalization.CultureInfo.CurrentCulture)]);
            }

            checkedValues[question.Id] = value;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var memberId = (await db.ActingMemberIdAsync(users, User))!.Value;
        var contactId = await db.ContactIdAsync(users.GetUserId(User), memberId, swedishTime.Today, ct);
        if (Saved is null)
        {
            Saved = new SurveyResponse
            {
                SurveyId = Survey.Id,
                MemberId = memberId,
                ContactPersonId = Survey.Audience == SurveyAudience.PerPerson ? contactId : null,
            };
            db.SurveyResponses.Add(Saved);
        }

        foreach (var (questionId, value) in checkedValues)
        {
            var answer = Saved.Answers.FirstOrDefault(a => a.QuestionId == questionId);
            if (value.Length == 0)
            {
                if (answer is not null)
                {
                    Saved.Answers.Remove(answer);
                    db.SurveyAnswers.Remove(answer);
                }
            }
            else if (answer is null)
            {
                Saved.Answers.Add(new SurveyAnswer { QuestionId = questionId, Value = value });
            }
            else
            {
                answer.Value = value;
            }
        }

        var now = clock.GetUtcNow().UtcDateTime;
        Saved.UpdatedAtUtc = now;
        Saved.UpdatedBy = await EditorNameAsync(contactId, ct);
        if (!isDraft)
        {
            Saved.SubmittedAtUtc = now;
        }

        await db.SaveChangesAsync(ct);
        TempData["StatusMessage"] = text[isDraft ? "Answer.DraftSaved" : "Answer.Submitted"].Value;
        return RedirectToPage("Answer", new { id });
    }

    /// <summary>Loads the survey and this member's (or person's) answer; an answer to show when something stands in the way.</summary>
    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        if (await db.ActingMemberIdAsync(users, User) is not { } memberId)
        {
            return Forbid();
        }

        var today = swedishTime.Today;
        var survey = await db.Surveys.Include(s => s.Questions).AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct);
        if (survey is null || !survey.HasOpened(today))
        {
            return NotFound();
        }

        Survey = survey;
        Questions = [.. survey.Questions.OrderBy(q => q.Position)];
        IsClosed = survey.IsClosed(today);
        var responses = db.SurveyResponses.Include(r => r.Answers).Where(r => r.SurveyId == id && r.MemberId == memberId);
        if (survey.Audience == SurveyAudience.PerMember)
        {
            Saved = await responses.SingleOrDefaultAsync(r => r.ContactPersonId == null, ct);
        }
        else
        {
            if (await db.ContactIdAsync(users.GetUserId(User), memberId, today, ct) is not { } contactId)
            {
                return Forbid();
            }

            Saved = await responses.SingleOrDefaultAsync(r => r.ContactPersonId == contactId, ct);
        }

        return null;
    }

    private async Task<string> EditorNameAsync(int? contactId, CancellationToken ct)
    {
        var name = await db.ContactPersons.Where(c => c.Id == contactId).Select(c => c.FirstName + " " + c.LastName).FirstOrDefaultAsync(ct);
        if (string.IsNullOrWhiteSpace(name))
        {
            var userId = users.GetUserId(User);
            name = await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct);
        }

        return string.IsNullOrWhiteSpace(name) ? User.Identity?.Name ?? "" : name.Trim();
    }
}
