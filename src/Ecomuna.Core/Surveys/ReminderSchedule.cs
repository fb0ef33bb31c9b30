namespace Ecomuna.Core.Surveys;

/// <summary>The days before closing that reminders go out, as the secretariat types them: "14, 7, 2".</summary>
public static class ReminderSchedule
{
    public const int MaxDays = 365;

    /// <summary>The days, largest first and each once; null when the text is not a list of whole days from 0 to 365.</summary>
    public static IReadOnlyList<int>? Parse(string? text)
    {
        var days = new SortedSet<int>(Comparer<int>.Create((a, b) => b.CompareTo(a)));
        foreach (var part in (text ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var day) || day > MaxDays)
            {
                return null;
            }

            days.Add(day);
        }

        return [.. days];
    }

    public static string Format(IEnumerable<int> days) => string.Join(", ", days);

    /// <summary>
    /// The step that is due today: the latest one whose day has come, as its index in the schedule (0 is the first
    /// reminder) and its days before closing; null before the first step, before the survey opens and after it closes.
    /// </summary>
    public static (int Index, int DaysBefore)? DueStep(Survey survey, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(survey);
        var days = Parse(survey.ReminderDays) ?? [];
        if (!survey.IsOpen(today))
        {
            return null;
        }

        (int, int)? due = null;
        for (var index = 0; index < days.Count; index++)
        {
            if (survey.ClosesOn.AddDays(-days[index]) <= today)
            {
                due = (index, days[index]);
            }
        }

        return due;
    }
}
