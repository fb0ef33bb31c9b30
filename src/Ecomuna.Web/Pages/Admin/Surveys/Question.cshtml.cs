using Ecomuna.Core.Surveys;

namespace Ecomuna.Web.Pages.Admin.Surveys;

/// <summary>
/// Adds or edits one question. Choice questions take their options one a line, as many in English as in Swedish. After
/// the first answer only the wording can change: the kind, whether it is required and the number of options stay.
/// </summary>
public sealed class QuestionModel(EcomunaDbContext db, IStringLocalizer<SurveysResource> text) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public int SurveyId { get; private set; }

    public string SurveyTitle { get; private set; } = "";

    public int? QuestionId { get; private set; }

    public bool WordingOnly { get; private set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Field.Question.Kind")]
        public QuestionKind? Kind { get; set; }

        [Display(Name = "Field.Question.IsRequired")]
        public bool IsRequired { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [MaxLength(1000, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Question.TextSv")]
        public string? TextSv { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [MaxLength(1000, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Question.TextEn")]
        public string? TextEn { get; set; }

        [MaxLength(4000, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Question.OptionsSv")]
        public string? OptionsSv { get; set; }

        [MaxLength(4000, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Question.OptionsEn")]
        public string? OptionsEn { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int surveyId, int? questionId, CancellationToken ct)
    {
        var (found, question) = await LoadAsync(surveyId, questionId, ct);
        if (!found)
        {
            return NotFound();
        }

        if (question is not null)
        {
            Input = new InputModel
            {
                Kind = question.Kind,
                IsRequired = question.IsRequired,
                TextSv = question.TextSv,
                TextEn = question.TextEn,
                OptionsSv = question.OptionsSv,
                OptionsEn = question.OptionsEn,
            };
        }
        else if (WordingOnly)
        {
            TempData["StatusMessage"] = text["Edit.QuestionsLocked"].Value;
            return RedirectToPage("Edit", new { id = surveyId });
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int surveyId, int? questionId, CancellationToken ct)
    {
        var (found, question) = await LoadAsync(surveyId, questionId, ct);
        if (!found || (question is null && WordingOnly))
        {
            return found ? RedirectToPage("Edit", new { id = surveyId }) : NotFound();
        }

        if (WordingOnly)
        {
            // What answers depend on stays as it was, whatever was sent.
            Input.Kind = question!.Kind;
            Input.IsRequired = question.IsRequired;
            ModelState.Remove("Input.Kind");
        }

        var optionsSv = SurveyQuestion.Lines(Input.OptionsSv);
        var optionsEn = SurveyQuestion.Lines(Input.OptionsEn);
        if (Input.Kind is QuestionKind.SingleChoice or QuestionKind.MultipleChoice)
        {
            if (optionsSv.Count < 2)
            {
                ModelState.AddModelError("Input.OptionsSv", text["Question.TwoOptions"]);
            }
            else if (optionsEn.Count != optionsSv.Count)
            {
                ModelState.AddModelError("Input.OptionsEn", text["Question.SameNumberOfOptions", optionsSv.Count, optionsEn.Count]);
            }
            else if (WordingOnly && optionsSv.Count != question!.Options("sv").Count)
            {
                ModelState.AddModelError("Input.OptionsSv", text["Question.OptionsLocked", question.Options("sv").Count]);
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (question is null)
        {
            question = new SurveyQuestion
            {
                SurveyId = surveyId,
                Position = await db.SurveyQuestions.Where(q => q.SurveyId == surveyId).Select(q => (int?)q.Position).MaxAsync(ct) + 1 ?? 1,
            };
            db.SurveyQuestions.Add(question);
        }

        var hasOptions = Input.Kind is QuestionKind.SingleChoice or QuestionKind.MultipleChoice;
        question.Kind = Input.Kind!.Value;
        question.IsRequired = Input.IsRequired;
        question.TextSv = Input.TextSv!.Trim();
        question.TextEn = Input.TextEn!.Trim();
        question.OptionsSv = hasOptions ? string.Join('\n', optionsSv) : "";
        question.OptionsEn = hasOptions ? string.Join('\n', optionsEn) : "";
        await db.SaveChangesAsync(ct);
        TempData["StatusMessage"] = text["Question.Saved"].Value;
        return Redirect(Url.Page("Edit", new { id = surveyId })! + "#question-" + question.Id);
    }

    private async Task<(bool Found, SurveyQuestion? Question)> LoadAsync(int surveyId, int? questionId, CancellationToken ct)
    {
        var survey = await db.Surveys.AsNoTracking().SingleOrDefaultAsync(s => s.Id == surveyId, ct);
        if (survey is null)
        {
            return (false, null);
        }

        SurveyId = surveyId;
        SurveyTitle = survey.Title(SupportedCultures.CurrentLanguage);
        WordingOnly = await db.SurveyResponses.AnyAsync(r => r.SurveyId == surveyId, ct);
        if (questionId is not { } id)
        {
            return (true, null);
        }

        QuestionId = id;
        var question = await db.SurveyQuestions.SingleOrDefaultAsync(q => q.Id == id && q.SurveyId == surveyId, ct);
        return (question is not null, question);
    }
}
