namespace Ecomuna.Core.Surveys;

public sealed record OptionCount(string Label, int Count, decimal Percent);

public sealed record NumberSummary(int Count, decimal Mean, decimal Median, decimal Min, decimal Max);

public sealed record TextAnswer(string Respondent, string Text);

/// <summary>
/// The figures of one question over the submitted answers: how many answered it, how many chose each option (as a
/// share of those who answered), count, mean and median of numbers and of a scale, and the free texts.
/// </summary>
public sealed record QuestionResult(
    SurveyQuestion Question, int Answered, IReadOnlyList<OptionCount> Options, NumberSummary? Numbers, IReadOnlyList<TextAnswer> Texts)
{
    public static QuestionResult For(SurveyQuestion question, IEnumerable<(string Respondent, string Value)> answers, string language)
    {
        ArgumentNullException.ThrowIfNull(question);
        var given = answers.Where(a => !string.IsNullOrEmpty(a.Value)).ToList();
        var options = question.Options(language);
        var counts = new int[options.Count];
        var numbers = new List<decimal>();
        var texts = new List<TextAnswer>();
        foreach (var (respondent, value) in given)
        {
            switch (question.Kind)
            {
                case QuestionKind.SingleChoice or QuestionKind.MultipleChoice:
                    foreach (var index in AnswerRules.Choices(value).Where(i => i < counts.Length))
                    {
                        counts[index]++;
                    }

                    break;
                case QuestionKind.Scale:
                    var step = int.Parse(value, CultureInfo.InvariantCulture);
                    counts[step - 1]++;
                    numbers.Add(step);
                    break;
                case QuestionKind.Number:
                    numbers.Add(decimal.Parse(value, CultureInfo.InvariantCulture));
                    break;
                default:
                    texts.Add(new TextAnswer(respondent, value));
                    break;
            }
        }

        var shares = options.Select((label, i) => new OptionCount(label, counts[i], given.Count == 0 ? 0 : Math.Round(100m * counts[i] / given.Count, 1))).ToList();
        return new QuestionResult(question, given.Count, shares, Summarise(numbers), texts);
    }

    public static NumberSummary? Summarise(IReadOnlyCollection<decimal> numbers)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        if (numbers.Count == 0)
        {
            return null;
        }

        var sorted = numbers.Order().ToList();
        var middle = sorted.Count / 2;
        var median = sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return new NumberSummary(sorted.Count, Math.Round(sorted.Average(), 2), median, sorted[0], sorted[^1]);
    }
}
