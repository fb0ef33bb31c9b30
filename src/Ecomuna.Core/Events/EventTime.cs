using Ecomuna.Core.Calendar;

namespace Ecomuna.Core.Events;

/// <summary>
/// Converts between the wall-clock times people type and read in an event's own time zone and the UTC times stored.
/// </summary>
public static class EventTime
{
    public const string DefaultTimeZone = SwedishTime.ZoneId;

    public static bool IsKnownTimeZone(string? id) => !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);

    /// <summary>
    /// The UTC time of a local time in the zone; null when that local time does not exist there (the hour skipped when
    /// clocks move forward). A time that happens twice (when clocks move back) is taken as the earlier, summer-time one.
    /// </summary>
    public static DateTime? ToUtc(DateTime local, string timeZone)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(unspecified))
        {
            return null;
        }

        if (zone.IsAmbiguousTime(unspecified))
        {
            var offset = zone.GetAmbiguousTimeOffsets(unspecified).Max();
            return DateTime.SpecifyKind(unspecified - offset, DateTimeKind.Utc);
        }

        return TimeZoneInfo.ConvertTimeToUtc(unspecified, zone);
    }

    public static DateTime ToLocal(DateTime utc, string timeZone) =>
        DateTime.SpecifyKind(
            TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById(timeZone)),
            DateTimeKind.Unspecified);

    /// <summary>The same wall-clock time a year later, so a copied 09:00 event starts at 09:00 again whatever the offset.</summary>
    public static DateTime NextYear(DateTime utc, string timeZone)
    {
        var local = ToLocal(utc, timeZone).AddYears(1);
        return ToUtc(local, timeZone) ?? ToUtc(local.AddHours(1), timeZone)!.Value;
    }
}
