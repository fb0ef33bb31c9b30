namespace Ecomuna.Core.Surveys;

/// <summary>What is wrong with what someone typed or chose for a question.</summary>
public enum AnswerProblem
{
    Required = 1,
    UnknownOption = 2,
    NotOnScale = 3,
    NotANumber = 4,
    TooLong = 5,
}

/// <summary>Turns what a form sent for a question into the stored value, or says what is wrong with it.</summary>
public static class AnswerRules
{
    public const int MaxTextLength = 4000;

    /// <summary>
    /// The value to store (empty when nothing was answered) or the problem. A draft may leave required questions
    /// unanswered, but nothing invalid is kept even in a draft.
    /// </summary>
    public static (string Value, AnswerProblem? Problem) Check(SurveyQuestion question, IReadOnlyList<string?> sent, bool isDraft)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(sent);
        var given = sent.Select(s => s?.Trim() ?? "").Where(s => s.Length > 0).ToList();
        if (given.Count == 0)
        {
            return ("", question.IsRequired && !isDraft ? AnswerProblem.Required : null);
        }

        switch (question.Kind)
        {
            case QuestionKind.SingleChoice:
            case QuestionKind.MultipleChoice:
                var count = question.Options("sv").Count;
                var chosen = new SortedSet<int>();
                foreach (var value in question.Kind == QuestionKind.SingleChoice ? given.Take(1) : given)
                {
                    if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= count)
                    {
                        return ("", AnswerProblem.UnknownOption);
                    }

                    chosen.Add(index);
                }

                return (string.Join(',', chosen), null);
            case QuestionKind.Scale:
                return int.TryParse(given[0], NumberStyles.None, CultureInfo.InvariantCulture, out var step) && step is >= 1 and <= 5
                    ? (step.ToString(CultureInfo.InvariantCulture), null)
                    : ("", AnswerProblem.NotOnScale);
            case QuestionKind.Number:
                return ParseNumber(given[0]) is { } number
                    ? (number.ToString(CultureInfo.InvariantCulture), null)
                    : ("", AnswerProblem.NotANumber);
            default:
                var text = string.Join("\n", given).ReplaceLineEndings("\n");
                return text.Length > MaxTextLength ? ("", AnswerProblem.TooLong) : (text, null);
        }
    }

    /// <summary>A number as people type it: "12", "12,5", "12.5", "1 200" or "-3"; null when it is not one.</summary>
    public static decimal? ParseNumber(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var plain = new string([.. text.Where(c => !char.IsWhiteSpace(c))]).Replace('\u2212', '-').Replace(',', '.');
        return plain.Length is > 0 and <= 30
            && decimal.TryParse(plain, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            && Math.Abs(value) < 1_000_000_000_000m
            ? value
            : null;
    }

    /// <summary>The option numbers of a stored choice answer.</summary>
    public static IReadOnlyList<int> Choices(string value) =>
        [.. (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(v => int.Parse(v, CultureInfo.InvariantCulture))];

    /// <summary>The stored answer as people read it, in the language given.</summary>
    public static string Display(SurveyQuestion question, string value, string language)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (question.HasOptions)
        {
            var options = question.Options(language);
            return string.Join("; ", Choices(value).Select(i => i < options.Count ? options[i] : "?"));
        }

        return question.Kind == QuestionKind.Number
            ? decimal.Parse(value, CultureInfo.InvariantCulture).ToString("G", CultureInfo.CurrentCulture)
            : value;
    }
}
