using Ecomuna.Core.Email;

namespace Ecomuna.Core.Surveys;

/// <summary>The reminder to answer a survey.</summary>
public static class SurveyTemplates
{
    /// <summary>Reminds someone who has not submitted a survey, in <paramref name="language"/> ("sv" or "en").</summary>
    public static EmailMessage SurveyReminder(this EmailTemplates templates, string to, string displayName, string language, Survey survey, string link)
    {
        ArgumentNullException.ThrowIfNull(survey);
        return EmailTemplates.InLanguage(language, () => templates.Build(
            to, survey.Audience == SurveyAudience.PerMember ? "SurveyReminder" : "SurveyReminderPerson", displayName, link,
            survey.Title(language), survey.ClosesOn.ToString("D", CultureInfo.CurrentCulture)));
    }
}
