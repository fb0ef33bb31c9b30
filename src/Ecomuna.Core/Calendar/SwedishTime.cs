namespace Ecomuna.Core.Calendar;

/// <summary>
/// The date and time in Sweden, whatever zone the server runs in (a container's is UTC). Every date a person sees
/// and decides by (due dates, deadlines, "this year", reminders) is a Swedish one, so "today" turns at midnight in
/// Sweden and the year at New Year there.
/// </summary>
public sealed class SwedishTime(TimeProvider clock)
{
    public const string ZoneId = "Europe/Stockholm";

    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(ZoneId);

    /// <summary>The wall-clock time in Sweden now.</summary>
    public DateTime Now => ToSwedish(clock.GetUtcNow().UtcDateTime);

    public DateOnly Today => DateOnly.FromDateTime(Now);

    public int Year => Today.Year;

    /// <summary>The wall-clock time in Sweden at a UTC instant.</summary>
    public static DateTime ToSwedish(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>The date in Sweden at a UTC instant.</summary>
    public static DateOnly DateOf(DateTime utc) => DateOnly.FromDateTime(ToSwedish(utc));

    /// <summary>The UTC instant of a wall-clock time in Sweden; a time skipped when summer time begins counts as the hour after.</summary>
    public static DateTime ToUtc(DateTime swedish)
    {
        var local = DateTime.SpecifyKind(swedish, DateTimeKind.Unspecified);
        return Zone.IsInvalidTime(local) ? TimeZoneInfo.ConvertTimeToUtc(local.AddHours(1), Zone) : TimeZoneInfo.ConvertTimeToUtc(local, Zone);
    }

    /// <summary>When <paramref name="date"/> begins in Sweden, in UTC.</summary>
    public static DateTime StartOfDayUtc(DateOnly date) => ToUtc(date.ToDateTime(TimeOnly.MinValue));
}
