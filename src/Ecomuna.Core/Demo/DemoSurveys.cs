using Ecomuna.Core.Members;
using Ecomuna.Core.Surveys;

namespace Ecomuna.Core.Demo;

/// <summary>
/// Last year's membership survey, closed and answered by about two thirds of the members, and this year's, a copy of it
/// with one question more, open now and answered by some; Södertälje has not answered it yet.
/// </summary>
internal static class DemoSurveys
{
    private static readonly string[] Improvements =
    [
        "Fler webbinarier om klimatanpassning, gärna inspelade.",
        "Mer stöd till små kommuner när nyckeltalen ska rapporteras.",
        "Regionala träffar så att det blir kortare resor.",
        "Tydligare information om vad medlemskapet ger politikerna.",
        "Fortsätt med studiebesöken, de är mycket uppskattade.",
    ];

    public static void Add(EcomunaDbContext db, IReadOnlyList<Member> members, DateOnly today, DateTime nowUtc)
    {
        var lastYear = today.Year - 1;
        var previous = new Survey
        {
            TitleSv = $"Medlemsenkäten {lastYear}",
            TitleEn = $"Membership survey {lastYear}",
            IntroSv = "Hur fungerar medlemskapet för er? Svaren hjälper kansliet att planera nästa års verksamhet och se vilka medlemmar som behöver mer stöd.",
            IntroEn = "How does the membership work for you? The answers help the secretariat plan next year's work and see which members need more support.",
            Audience = SurveyAudience.PerMember,
            OpensOn = new DateOnly(lastYear, 3, 1),
            ClosesOn = new DateOnly(lastYear, 4, 30),
            MembershipYear = lastYear,
            ReminderDays = "14, 7, 2",
            CreatedAtUtc = new DateTime(lastYear, 2, 20, 9, 0, 0, DateTimeKind.Utc),
        };
        SurveyQuestion Question(int position, QuestionKind kind, bool required, string sv, string en, string optionsSv = "", string optionsEn = "") => new()
        {
            Position = position,
            Kind = kind,
            IsRequired = required,
            TextSv = sv,
            TextEn = en,
            OptionsSv = optionsSv,
            OptionsEn = optionsEn,
        };
        previous.Questions.AddRange(
        [
            Question(1, QuestionKind.Scale, true, "Hur nöjda är ni med medlemskapet som helhet?", "How satisfied are you with the membership as a whole?"),
            Question(2, QuestionKind.SingleChoice, true, "Hur ofta läser ni nyhetsbrevet?", "How often do you read the newsletter?",
                "Varje nummer\nOfta\nIbland\nSällan", "Every issue\nOften\nSometimes\nRarely"),
            Question(3, QuestionKind.MultipleChoice, false, "Vilka aktiviteter har ni deltagit i under året?", "Which activities have you taken part in this year?",
                "Årsmötet\nHöstkongressen\nWebbinarier\nStudiebesök\nTemagrupper", "The annual meeting\nThe autumn congress\nWebinars\nStudy visits\nThemed groups"),
            Question(4, QuestionKind.Number, true, "Hur många personer i er organisation arbetar med nätverkets frågor?", "How many people in your organisation work with the network's issues?"),
            Question(5, QuestionKind.FreeText, false, "Vad kan föreningen göra bättre?", "What could the association do better?"),
        ]);

        db.Surveys.Add(previous);
        db.SaveChanges();

        var current = previous.Copy($"Medlemsenkäten {today.Year}", $"Membership survey {today.Year}", nowUtc);
        current.OpensOn = today.AddDays(-10);
        current.ClosesOn = today.AddDays(20);
        current.Questions.Add(Question(6, QuestionKind.SingleChoice, false, "Har ni rapporterat de gröna nyckeltalen i år?", "Have you reported the green key indicators this year?",
            "Ja\nNej, men vi kommer att göra det\nNej", "Yes\nNo, but we will\nNo"));
        db.Surveys.Add(current);
        db.SaveChanges();

        var previousQuestions = previous.Questions.OrderBy(q => q.Position).ToList();
        var currentQuestions = current.Questions.OrderBy(q => q.Position).ToList();
        var active = members.Where(m => m.Status == MembershipStatus.Active).ToList();
        for (var i = 0; i < active.Count; i++)
        {
            var member = active[i];
            var editor = member.Contacts.FirstOrDefault(c => c.Role == ContactRole.CivilServant)?.FullName ?? member.Name;
            if (i % 3 != 2)
            {
                db.SurveyResponses.Add(Response(previous.Id, member.Id, editor, new DateTime(lastYear, 4, 1, 8, 0, 0, DateTimeKind.Utc).AddHours(i * 5), previousQuestions, i, lastYearShift: 0));
            }

            if (i % 4 == 0 && member.Name is not "Södertälje")
            {
                db.SurveyResponses.Add(Response(current.Id, member.Id, editor, nowUtc.AddHours(-i - 1), currentQuestions, i, lastYearShift: 1));
            }
        }

        db.SaveChanges();
    }

    private static SurveyResponse Response(int surveyId, int memberId, string editor, DateTime atUtc, List<SurveyQuestion> questions, int i, int lastYearShift)
    {
        var response = new SurveyResponse { SurveyId = surveyId, MemberId = memberId, UpdatedBy = editor, UpdatedAtUtc = atUtc, SubmittedAtUtc = atUtc };
        string? ValueOf(SurveyQuestion question) => question.Position switch
        {
            1 => (3 + (i + lastYearShift) % 3 - (i % 7 == 0 ? 2 : 0)).ToString(System.Globalization.CultureInfo.InvariantCulture),
            2 => ((i + 3 - lastYearShift) % 4 == 3 ? 2 : (i + 3 - lastYearShift) % 4).ToString(System.Globalization.CultureInfo.InvariantCulture),
            3 => string.Join(',', Enumerable.Range(0, 5).Where(k => (i + k + lastYearShift) % 3 == 0 || k == 0)),
            4 => (1 + (i + lastYearShift) % 6).ToString(System.Globalization.CultureInfo.InvariantCulture),
            5 => i % 5 == 0 ? Improvements[(i / 5) % Improvements.Length] : null,
            6 => (i % 3).ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => null,
        };
        foreach (var question in questions)
        {
            if (ValueOf(question) is { } value)
            {
                response.Answers.Add(new SurveyAnswer { QuestionId = question.Id, Value = value });
            }
        }

        return response;
    }
}
