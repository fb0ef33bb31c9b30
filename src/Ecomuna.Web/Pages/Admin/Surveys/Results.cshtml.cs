using CsvHelper;
using Ecomuna.Core.Surveys;

namespace Ecomuna.Web.Pages.Admin.Surveys;

/// <summary>
/// A survey's results over the submitted answers: the response rate, every question as a chart and a table, numbers
/// summarised and free texts listed; for the members of a part of the country or of a kind, and as CSV.
/// </summary>
public sealed class ResultsModel(EcomunaDbContext db, TimeProvider clock, IStringLocalizer<SurveysResource> text, IStringLocalizer<SharedResource> shared) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "part")]
    public PartOfCountry? Part { get; set; }

    [BindProperty(SupportsGet = true, Name = "kind")]
    public MemberKind? Kind { get; set; }

    public Survey Survey { get; private set; } = null!;

    public string Language => SupportedCultures.CurrentLanguage;

    public int Asked { get; private set; }

    public int Answered { get; private set; }

    public decimal ResponseRate => Asked == 0 ? 0 : Math.Round(100m * Answered / Asked, 1);

    public IReadOnlyList<QuestionResult> Results { get; private set; } = [];

    /// <summary>Earlier yearly membership surveys exist to compare this one with.</summary>
    public bool CanCompare { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var responses = await LoadAsync(id, ct);
        if (responses is null)
        {
            return NotFound();
        }

        Results = [.. Survey.Questions.OrderBy(q => q.Position).Select(q => SurveyResultsQuery.ResultOf(q, responses, Language))];
        CanCompare = Survey.MembershipYear is { } year && await db.Surveys.AnyAsync(s => s.MembershipYear != null && s.MembershipYear < year, ct);
        return Page();
    }

    /// <summary>The submitted answers one a line, for the members the filter shows.</summary>
    public async Task<IActionResult> OnGetCsvAsync(int id, CancellationToken ct)
    {
        var responses = await LoadAsync(id, ct);
        if (responses is null)
        {
            return NotFound();
        }

        var questions = Survey.Questions.OrderBy(q => q.Position).ToList();
        var zone = SwedishTime.Zone;
        return CsvExport.File(
            string.Create(CultureInfo.InvariantCulture, $"survey-{id}-answers-{clock.GetUtcNow():yyyy-MM-dd}.csv"),
            [
                text["Csv.Response"].Value, text["Csv.Member"].Value, text["Csv.MemberKind"].Value, text["Csv.PartOfCountry"].Value, text["Csv.Person"].Value,
                text["Csv.SubmittedAt"].Value, text["Csv.LastEditedBy"].Value, text["Csv.QuestionNumber"].Value, text["Csv.QuestionKey"].Value,
                text["Csv.Question"].Value, text["Csv.Answer"].Value, text["Csv.Value"].Value,
            ],
            from response in responses
            from question in questions
            let value = response.Answers.GetValueOrDefault(question.Id)
            where value is { Length: > 0 }
            select new string?[]
            {
                response.ResponseId.ToString(CultureInfo.InvariantCulture),
                response.MemberName,
                shared[$"MemberKind.{response.Kind}"].Value,
                response.Part is { } part ? shared[$"PartOfCountry.{part}"].Value : "",
                response.PersonName ?? "",
                TimeZoneInfo.ConvertTimeFromUtc(response.SubmittedAtUtc, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                response.UpdatedBy,
                question.Position.ToString(CultureInfo.InvariantCulture),
                question.Key,
                question.Text(Language),
                AnswerRules.Display(question, value, Language),
                value,
            });
    }

    public SurveyChart ChartOf(QuestionResult result, int index) => new(
        $"chart-{index}",
        result.Question.Text(Language),
        text["Results.ChartDescription", result.Answered, string.Join("; ", result.Options.Select(o => text["Results.OptionShare", o.Label, o.Percent.ToString("0.#", CultureInfo.CurrentCulture), o.Count].Value))],
        [text["Results.Share"].Value],
        [.. result.Options.Select(o => new SurveyChart.Row(o.Label, [o.Percent], [o.Count]))]);

    public Dictionary<string, string> FilterValues()
    {
        var values = new Dictionary<string, string>();
        if (Part is { } part)
        {
            values["part"] = part.ToString();
        }

        if (Kind is { } kind)
        {
            values["kind"] = kind.ToString();
        }

        return values;
    }

    private async Task<IReadOnlyList<SubmittedResponse>?> LoadAsync(int id, CancellationToken ct)
    {
        var survey = await db.Surveys.Include(s => s.Questions).AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct);
        if (survey is null)
        {
            return null;
        }

        Survey = survey;
        var (asked, responses) = await db.LoadAsync(survey, Part, Kind, ct);
        Asked = asked;
        Answered = responses.Count;
        return responses;
    }
}
