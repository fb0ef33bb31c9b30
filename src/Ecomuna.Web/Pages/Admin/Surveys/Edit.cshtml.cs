using Ecomuna.Core.Audit;
using Ecomuna.Core.Surveys;

namespace Ecomuna.Web.Pages.Admin.Surveys;

/// <summary>
/// Creates or edits a survey: its texts in both languages, who answers, when it is open, whether it is the yearly
/// membership survey and when reminders go out; and lists its questions to order, edit and remove. Once anyone has
/// answered, the questions and who answers are fixed and only the wording may change.
/// </summary>
public sealed class EditModel(EcomunaDbContext db, TimeProvider clock, SwedishTime swedishTime, AuditLog audit, IStringLocalizer<SurveysResource> text) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public int? SurveyId { get; private set; }

    public string? CurrentTitle { get; private set; }

    /// <summary>Someone has started answering: questions can no longer be added, removed, moved or changed in kind.</summary>
    public bool HasAnswers { get; private set; }

    public IReadOnlyList<SurveyQuestion> Questions { get; private set; } = [];

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Validation.Required")]
        [MaxLength(200, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Survey.TitleSv")]
        public string? TitleSv { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [MaxLength(200, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Survey.TitleEn")]
        public string? TitleEn { get; set; }

        [MaxLength(4000, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Survey.IntroSv")]
        public string? IntroSv { get; set; }

        [MaxLength(4000, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Survey.IntroEn")]
        public string? IntroEn { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Field.Survey.Audience")]
        public SurveyAudience? Audience { get; set; } = SurveyAudience.PerMember;

        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Field.Survey.OpensOn")]
        public DateOnly? OpensOn { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Field.Survey.ClosesOn")]
        public DateOnly? ClosesOn { get; set; }

        [Range(2000, 2100, ErrorMessage = "Field.Survey.MembershipYearRange")]
        [Display(Name = "Field.Survey.MembershipYear")]
        public int? MembershipYear { get; set; }

        [MaxLength(100, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Survey.ReminderDays")]
        public string? ReminderDays { get; set; } = "14, 7, 2";
    }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        if (id is { } existing)
        {
            var survey = await LoadAsync(existing, ct);
            if (survey is null)
            {
                return NotFound();
            }

            Input = new InputModel
            {
                TitleSv = survey.TitleSv,
                TitleEn = survey.TitleEn,
                IntroSv = survey.IntroSv,
                IntroEn = survey.IntroEn,
                Audience = survey.Audience,
                OpensOn = survey.OpensOn,
                ClosesOn = survey.ClosesOn,
                MembershipYear = survey.MembershipYear,
                ReminderDays = survey.ReminderDays,
            };
        }
        else
        {
            var today = swedishTime.Today;
            Input.OpensOn = today;
            Input.ClosesOn = today.AddDays(30);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        Survey? survey = null;
        if (id is { } existing)
        {
            survey = await LoadAsync(existing, ct);
            if (survey is null)
            {
                return NotFound();
            }
        }

        var days = ReminderSchedule.Parse(Input.ReminderDays);
        if (days is null)
        {
            ModelState.AddModelError("Input.ReminderDays", text["Edit.ReminderDaysInvalid"]);
        }

        if (Input.OpensOn is { } opens && Input.ClosesOn is { } closes && closes < opens)
        {
            ModelState.AddModelError("Input.ClosesOn", text["Edit.ClosesBeforeOpens"]);
        }

        if (Input.MembershipYear is { } year && await db.Surveys.AnyAsync(s => s.MembershipYear == year && s.Id != (id ?? 0), ct))
        {
            ModelState.AddModelError("Input.MembershipYear", text["Edit.MembershipYearTaken", year]);
        }

        if (survey is not null && HasAnswers && Input.Audience != survey.Audience)
        {
            ModelState.AddModelError("Input.Audience", text["Edit.AudienceLocked"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (survey is null)
        {
            survey = new Survey { CreatedAtUtc = clock.GetUtcNow().UtcDateTime };
            db.Surveys.Add(survey);
        }

        survey.TitleSv = Input.TitleSv!.Trim();
        survey.TitleEn = Input.TitleEn!.Trim();
        survey.IntroSv = Input.IntroSv?.Trim() ?? "";
        survey.IntroEn = Input.IntroEn?.Trim() ?? "";
        survey.Audience = Input.Audience!.Value;
        survey.OpensOn = Input.OpensOn!.Value;
        survey.ClosesOn = Input.ClosesOn!.Value;
        survey.MembershipYear = Input.MembershipYear;
        survey.ReminderDays = ReminderSchedule.Format(days!);
        await db.SaveChangesAsync(ct);
        TempData["StatusMessage"] = text["Edit.Saved", survey.Title(SupportedCultures.CurrentLanguage)].Value;
        return RedirectToPage("Edit", new { id = survey.Id });
    }

    /// <summary>Moves a question one step up or down.</summary>
    public async Task<IActionResult> OnPostMoveAsync(int id, int questionId, bool up, CancellationToken ct)
    {
        var survey = await LoadAsync(id, ct);
        if (survey is null || survey.Questions.All(q => q.Id != questionId))
        {
            return NotFound();
        }

        if (HasAnswers)
        {
            TempData["StatusMessage"] = text["Edit.QuestionsLocked"].Value;
            return RedirectToPage("Edit", new { id });
        }

        var ordered = survey.Questions.OrderBy(q => q.Position).ToList();
        var index = ordered.FindIndex(q => q.Id == questionId);
        var other = up ? index - 1 : index + 1;
        if (other >= 0 && other < ordered.Count)
        {
            (ordered[index], ordered[other]) = (ordered[other], ordered[index]);
            for (var i = 0; i < ordered.Count; i++)
            {
                ordered[i].Position = i + 1;
            }

            await db.SaveChangesAsync(ct);
        }

        return Redirect(Url.Page("Edit", new { id })! + "#question-" + questionId);
    }

    public async Task<IActionResult> OnPostDeleteQuestionAsync(int id, int questionId, CancellationToken ct)
    {
        var survey = await LoadAsync(id, ct);
        var question = survey?.Questions.SingleOrDefault(q => q.Id == questionId);
        if (survey is null || question is null)
        {
            return NotFound();
        }

        if (HasAnswers)
        {
            TempData["StatusMessage"] = text["Edit.QuestionsLocked"].Value;
            return RedirectToPage("Edit", new { id });
        }

        db.SurveyQuestions.Remove(question);
        await audit.RecordAsync(
            AuditKind.Deleted, $"Deleted question {question.Position} \"{question.TextSv}\" of survey {survey.TitleSv}",
            new AuditTarget(nameof(SurveyQuestion), questionId.ToString(CultureInfo.InvariantCulture)), ct: ct);
        var position = 1;
        foreach (var remaining in survey.Questions.Where(q => q != question).OrderBy(q => q.Position))
        {
            remaining.Position = position++;
        }

        await db.SaveChangesAsync(ct);
        TempData["StatusMessage"] = text["Edit.QuestionDeleted"].Value;
        return RedirectToPage("Edit", new { id });
    }

    private async Task<Survey?> LoadAsync(int id, CancellationToken ct)
    {
        var survey = await db.Surveys.Include(s => s.Questions).SingleOrDefaultAsync(s => s.Id == id, ct);
        if (survey is not null)
        {
            SurveyId = survey.Id;
            CurrentTitle = survey.Title(SupportedCultures.CurrentLanguage);
            HasAnswers = await db.SurveyResponses.AnyAsync(r => r.SurveyId == id, ct);
            Questions = [.. survey.Questions.OrderBy(q => q.Position)];
        }

        return survey;
    }
}
