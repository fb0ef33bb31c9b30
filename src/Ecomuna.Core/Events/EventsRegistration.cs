using Ecomuna.Core.Background;

namespace Ecomuna.Core.Events;

public static class EventsRegistration
{
    /// <summary>Event registrations, their mail and the event reminders.</summary>
    public static void AddEvents(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<EventRegistrations>();
        builder.Services.AddScoped<EventMail>();
        builder.Services.AddScoped<IScheduledJob, EventReminderJob>();
    }
}
