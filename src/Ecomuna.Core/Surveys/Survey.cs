namespace Ecomuna.Core.Surveys;

/// <summary>Who answers a survey: one shared answer per member organisation, or each contact person their own.</summary>
public enum SurveyAudience
{
    PerMember = 1,
    PerPerson = 2,
}

public enum QuestionKind
{
    SingleChoice = 1,
    MultipleChoice = 2,
    Scale = 3,
    Number = 4,
    FreeText = 5,
}

/// <summary>
/// A survey the secretariat sends to the members, in Swedish and English. It is open from the first moment of
/// <see cref="OpensOn"/> to the end of <see cref="ClosesOn"/>, both days in Swedish time.
/// </summary>
public sealed class Survey
{
    public int Id { get; set; }
    public string TitleSv { get; set; } = "";
    public string TitleEn { get; set; } = "";
    public string IntroSv { get; set; } = "";
    public string IntroEn { get; set; } = "";
    public SurveyAudience Audience { get; set; } = SurveyAudience.PerMember;
    public DateOnly OpensOn { get; set; }
    public DateOnly ClosesOn { get; set; }

    /// <summary>Set when this is the yearly membership survey of that year, the one a member's yearly commitments count.</summary>
    public int? MembershipYear { get; set; }

    /// <summary>Days before closing that those who have not submitted are reminded, largest first: "14, 7, 2".</summary>
    public string ReminderDays { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }

    public List<SurveyQuestion> Questions { get; } = [];

    public string Title(string language) => language == "en" && TitleEn.Length > 0 ? TitleEn : TitleSv;

    public string Intro(string language) => language == "en" && IntroEn.Length > 0 ? IntroEn : IntroSv;

    public bool HasOpened(DateOnly today) => OpensOn <= today;

    public bool IsClosed(DateOnly today) => today > ClosesOn;

    public bool IsOpen(DateOnly today) => HasOpened(today) && !IsClosed(today);

    /// <summary>
    /// A new survey with the same texts and questions a year later. The questions keep their keys, so that results can
    /// be compared year by year; the copy of a yearly membership survey is the next year's.
    /// </summary>
    public Survey Copy(string titleSv, string titleEn, DateTime nowUtc)
    {
        var copy = new Survey
        {
            TitleSv = Cut(titleSv, 200),
            TitleEn = Cut(titleEn, 200),
            IntroSv = IntroSv,
            IntroEn = IntroEn,
            Audience = Audience,
            OpensOn = OpensOn.AddYears(1),
            ClosesOn = ClosesOn.AddYears(1),
            MembershipYear = MembershipYear + 1,
            ReminderDays = ReminderDays,
            CreatedAtUtc = nowUtc,
        };
        foreach (var question in Questions.OrderBy(q => q.Position))
        {
            copy.Questions.Add(new SurveyQuestion
            {
                Position = question.Position,
                Key = question.Key,
                Kind = question.Kind,
                IsRequired = question.IsRequired,
                TextSv = question.TextSv,
                TextEn = question.TextEn,
                OptionsSv = question.OptionsSv,
                OptionsEn = question.OptionsEn,
            });
        }

        return copy;
    }

    private static string Cut(string value, int length) => value.Length > length ? value[..length] : value;
}

/// <summary>One question of a survey. Choice questions keep their options one a line, the same number in both languages.</summary>
public sealed class SurveyQuestion
{
    public int Id { get; set; }
    public int SurveyId { get; set; }
    public int Position { get; set; }

    /// <summary>Stays the same when a survey is copied, so that the same question can be followed year by year.</summary>
    public string Key { get; set; } = NewKey();

    public QuestionKind Kind { get; set; }
    public bool IsRequired { get; set; }
    public string TextSv { get; set; } = "";
    public string TextEn { get; set; } = "";
    public string OptionsSv { get; set; } = "";
    public string OptionsEn { get; set; } = "";

    public bool HasOptions => Kind is QuestionKind.SingleChoice or QuestionKind.MultipleChoice;

    public string Text(string language) => language == "en" && TextEn.Length > 0 ? TextEn : TextSv;

    /// <summary>The options to choose from: the choices typed by the secretariat, or 1 to 5 on a scale.</summary>
    public IReadOnlyList<string> Options(string language) => Kind switch
    {
        QuestionKind.Scale => ["1", "2", "3", "4", "5"],
        _ when HasOptions => Lines(language == "en" && OptionsEn.Length > 0 ? OptionsEn : OptionsSv),
        _ => [],
    };

    public static IReadOnlyList<string> Lines(string? text) =>
        [.. (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];

    public static string NewKey() => Guid.NewGuid().ToString("N");
}

/// <summary>
/// A member's answer to a survey (for a per-person survey, one contact person's). It is a draft until submitted; any
/// contact person of the member may change a per-member answer until the survey closes.
/// </summary>
public sealed class SurveyResponse
{
    public int Id { get; set; }
    public int SurveyId { get; set; }
    public int MemberId { get; set; }

    /// <summary>The person who answers a per-person survey; null for a per-member survey.</summary>
    public int? ContactPersonId { get; set; }

    public DateTime? SubmittedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }

    /// <summary>The name of the person who last saved the answer.</summary>
    public string UpdatedBy { get; set; } = "";

    public List<SurveyAnswer> Answers { get; } = [];

    public bool IsSubmitted => SubmittedAtUtc is not null;
}

/// <summary>
/// The answer to one question, as text: option numbers from 0 for choices ("0,3" for several), 1 to 5 on a scale, a
/// number written with a point, or the free text.
/// </summary>
public sealed class SurveyAnswer
{
    public int Id { get; set; }
    public int ResponseId { get; set; }
    public int QuestionId { get; set; }
    public string Value { get; set; } = "";
}

/// <summary>A reminder sent: one per person, survey and step of the schedule.</summary>
public sealed class SurveyReminder
{
    public int Id { get; set; }
    public int SurveyId { get; set; }
    public int ContactPersonId { get; set; }

    /// <summary>The step: how many days before closing.</summary>
    public int DaysBefore { get; set; }

    public DateTime SentAtUtc { get; set; }
}
