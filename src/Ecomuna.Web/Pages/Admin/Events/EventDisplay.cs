using Ecomuna.Core.Events;

namespace Ecomuna.Web.Pages.Admin.Events;

/// <summary>How the event pages write an event's times: in its own time zone, in the interface language.</summary>
public static class EventDisplay
{
    public static string When(DateTime startsAtUtc, DateTime endsAtUtc, string timeZone)
    {
        var starts = EventTime.ToLocal(startsAtUtc, timeZone);
        var ends = EventTime.ToLocal(endsAtUtc, timeZone);
        var culture = CultureInfo.CurrentCulture;
        var end = starts.Date == ends.Date ? ends.ToString("t", culture) : ends.ToString("g", culture);
        return $"{starts.ToString("g", culture)}–{end}";
    }

    public static string Local(DateTime utc, string timeZone) => EventTime.ToLocal(utc, timeZone).ToString("g", CultureInfo.CurrentCulture);
}
