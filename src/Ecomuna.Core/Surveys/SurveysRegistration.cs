using Ecomuna.Core.Background;

namespace Ecomuna.Core.Surveys;

public static class SurveysRegistration
{
    /// <summary>Survey reminders and the daily job that sends them.</summary>
    public static void AddSurveys(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<SurveyReminders>();
        builder.Services.AddScoped<IScheduledJob, SurveyReminderJob>();
    }
}
