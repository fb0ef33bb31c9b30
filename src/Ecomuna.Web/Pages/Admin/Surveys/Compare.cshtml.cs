using Ecomuna.Core.Surveys;

namespace Ecomuna.Web.Pages.Admin.Surveys;

/// <summary>
/// The yearly membership survey next to those of earlier years: every question asked again (the same key, kept when a
/// survey is copied) with each year's figures side by side.
/// </summary>
public sealed class CompareModel(EcomunaDbContext db, IStringLocalizer<SurveysResource> text) : PageModel
{
    public const int MaxYears = 5;

    [BindProperty(SupportsGet = true, Name = "part")]
    public PartOfCountry? Part { get; set; }

    [BindProperty(SupportsGet = true, Name = "kind")]
    public MemberKind? Kind { get; set; }

    public Survey Survey { get; private set; } = null!;

    public string Language => SupportedCultures.CurrentLanguage;

    public sealed record YearColumn(int Year, int SurveyId, int Asked, int Answered);

    /// <summary>A question of this year's survey and its result in each year it was asked; null where it was not.</summary>
    public sealed record ComparedQuestion(SurveyQuestion Question, IReadOnlyList<QuestionResult?> PerYear);

    public IReadOnlyList<YearColumn> Years { get; private set; } = [];

    public IReadOnlyList<ComparedQuestion> Questions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var survey = await db.Surveys.Include(s => s.Questions).AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct);
        if (survey?.MembershipYear is not { } year)
        {
            return NotFound();
        }

        Survey = survey;
        var surveys = await db.Surveys.Include(s => s.Questions).AsNoTracking()
            .Where(s => s.MembershipYear != null && s.MembershipYear <= year)
            .OrderByDescending(s => s.MembershipYear).Take(MaxYears)
            .ToListAsync(ct);
        surveys.Reverse();
        var years = new List<YearColumn>();
        var perSurvey = new List<(Survey Survey, IReadOnlyList<SubmittedResponse> Responses)>();
        foreach (var earlier in surveys)
        {
            var (asked, responses) = await db.LoadAsync(earlier, Part, Kind, ct);
            years.Add(new YearColumn(earlier.MembershipYear!.Value, earlier.Id, asked, responses.Count));
            perSurvey.Add((earlier, responses));
        }

        Years = years;
        Questions =
        [
            .. survey.Questions.OrderBy(q => q.Position).Where(q => q.Kind != QuestionKind.FreeText).Select(question => new ComparedQuestion(
                question,
                [
                    .. perSurvey.Select(s => s.Survey.Questions.SingleOrDefault(q => q.Key == question.Key && q.Kind == question.Kind) is { } same
                        ? SurveyResultsQuery.ResultOf(same, s.Responses, Language)
                        : null),
                ])),
        ];
        return Page();
    }

    /// <summary>A chart with a bar per year for each option, labelled by this year's wording.</summary>
    public SurveyChart ChartOf(ComparedQuestion compared, int index)
    {
        var present = compared.PerYear.Select((r, i) => (Result: r, Year: Years[i].Year)).Where(x => x.Result is not null).ToList();
        var labels = compared.Question.Options(Language);
        var description = string.Join(". ", present.Select(p => text["Compare.YearDescription", p.Year,
            string.Join("; ", p.Result!.Options.Select((o, i) => text["Results.OptionShare", i < labels.Count ? labels[i] : o.Label, o.Percent.ToString("0.#", CultureInfo.CurrentCulture), o.Count].Value))].Value));
        return new SurveyChart(
            $"compare-{index}",
            compared.Question.Text(Language),
            description,
            [.. present.Select(p => p.Year.ToString(CultureInfo.InvariantCulture))],
            [.. labels.Select((label, i) => new SurveyChart.Row(
                label,
                [.. present.Select(p => i < p.Result!.Options.Count ? p.Result.Options[i].Percent : 0)],
                [.. present.Select(p => i < p.Result!.Options.Count ? p.Result.Options[i].Count : 0)]))]);
    }

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
}
