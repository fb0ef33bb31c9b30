using System.Text;

namespace Ecomuna.Core.Events;

/// <summary>One event as it is written to a calendar file. Times are UTC; <paramref name="TimeZone"/> is an IANA id.</summary>
public sealed record CalendarEventEntry(
    string Uid,
    string Summary,
    string Description,
    DateTime StartsAtUtc,
    DateTime EndsAtUtc,
    string TimeZone,
    string? Location,
    string? Url,
    bool IsCancelled,
    DateTime LastModifiedUtc);

/// <summary>
/// Writes iCalendar (RFC 5545) files: a feed of events to subscribe to, or one event to add to a calendar.
/// </summary>
/// <remarks>
/// Times are written in the event's own time zone (<c>DTSTART;TZID=Europe/Stockholm:...</c>) with a VTIMEZONE that
/// describes it, so a calendar shows 09:00 in Sweden whatever the reader's zone. A zone with the EU's summer time (last
/// Sunday of March to last Sunday of October at 01:00 UTC) is described by two yearly rules, a zone without summer time
/// by its fixed offset. Any other zone (or one the system does not know) is written in UTC instead, which every calendar
/// program reads correctly. A cancelled event keeps its UID, has STATUS:CANCELLED and SEQUENCE:1, so a program that
/// already holds the event (SEQUENCE:0) takes the cancellation as the newer version.
/// </remarks>
public static class ICalendar
{
    public const string ContentType = "text/calendar; charset=utf-8";

    private const int MaxLineOctets = 75;

    public static string Write(IEnumerable<CalendarEventEntry> events, string calendarName, DateTime generatedAtUtc, string method = "PUBLISH")
    {
        ArgumentNullException.ThrowIfNull(events);
        var entries = events.ToList();
        var zones = entries
            .Select(e => e.TimeZone)
            .Distinct(StringComparer.Ordinal)
            .ToDictionary(id => id, id => ZoneDescription.For(id, entries.Where(e => e.TimeZone == id).ToList()), StringComparer.Ordinal);

        var writer = new LineWriter();
        writer.Line("BEGIN:VCALENDAR");
        writer.Line("VERSION:2.0");
        writer.Line("PRODID:-//Ecomuna//Ecomuna//SV");
        writer.Line("CALSCALE:GREGORIAN");
        writer.Line("METHOD:" + method);
        if (!string.IsNullOrWhiteSpace(calendarName))
        {
            writer.Line("X-WR-CALNAME:" + EscapeText(calendarName));
        }

        foreach (var zone in zones.Values.OfType<ZoneDescription>())
        {
            zone.WriteTo(writer);
        }

        foreach (var entry in entries)
        {
            var zone = zones[entry.TimeZone];
            writer.Line("BEGIN:VEVENT");
            writer.Line("UID:" + EscapeText(entry.Uid));
            writer.Line("DTSTAMP:" + UtcStamp(generatedAtUtc));
            writer.Line("DTSTART" + DateTimeValue(entry.StartsAtUtc, zone));
            writer.Line("DTEND" + DateTimeValue(entry.EndsAtUtc, zone));
            writer.Line("SUMMARY:" + EscapeText(entry.Summary));
            if (!string.IsNullOrWhiteSpace(entry.Description))
            {
                writer.Line("DESCRIPTION:" + EscapeText(entry.Description));
            }

            if (!string.IsNullOrWhiteSpace(entry.Location))
            {
                writer.Line("LOCATION:" + EscapeText(entry.Location));
            }

            if (!string.IsNullOrWhiteSpace(entry.Url))
            {
                // A URI, not TEXT: written as it is, without escaping.
                writer.Line("URL:" + RemoveControlCharacters(entry.Url));
            }

            writer.Line("STATUS:" + (entry.IsCancelled ? "CANCELLED" : "CONFIRMED"));
            writer.Line("SEQUENCE:" + (entry.IsCancelled ? "1" : "0"));
            writer.Line("LAST-MODIFIED:" + UtcStamp(entry.LastModifiedUtc));
            writer.Line("END:VEVENT");
        }

        writer.Line("END:VCALENDAR");
        return writer.ToString();
    }

    /// <summary>
    /// One event as a calendar file, e.g. to attach to a registration confirmation. The online link is in LOCATION
    /// (when the event has no place) and DESCRIPTION only when <paramref name="includeOnlineLink"/> is true, i.e. for
    /// someone registered. No calendar name is written: a program opens the file as one event, not as a new calendar.
    /// </summary>
    public static string ForEvent(CalendarEvent e, string url, DateTime nowUtc, bool includeOnlineLink) =>
        Write([EntryFor(e, url, nowUtc, includeOnlineLink)], "", nowUtc);

    /// <summary>The entry for an event; <paramref name="url"/> is its absolute address on the portal.</summary>
    public static CalendarEventEntry EntryFor(CalendarEvent e, string url, DateTime nowUtc, bool includeOnlineLink)
    {
        ArgumentNullException.ThrowIfNull(e);
        var link = includeOnlineLink && !string.IsNullOrWhiteSpace(e.OnlineLink) ? e.OnlineLink.Trim() : null;
        var description = link is null ? e.Description : $"{e.Description.TrimEnd()}\n\nDelta online / Join online: {link}".TrimStart();
        var location = string.IsNullOrWhiteSpace(e.Place) ? link : e.Place;
        return new CalendarEventEntry(
            e.CalendarUid, e.Title, description, e.StartsAtUtc, e.EndsAtUtc, e.TimeZone, location, url, e.IsCancelled,
            e.CancelledAtUtc ?? nowUtc);
    }

    /// <summary>TEXT as RFC 5545 section 3.3.11 wants it: backslash, semicolon and comma escaped, line breaks as \n.</summary>
    public static string EscapeText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\\': result.Append(@"\\"); break;
                case ';': result.Append(@"\;"); break;
                case ',': result.Append(@"\,"); break;
                case '\r':
                    result.Append(@"\n");
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\n': result.Append(@"\n"); break;
                case '\t': result.Append(c); break;
                default:
                    // Other control characters are not allowed in TEXT.
                    if (!char.IsControl(c))
                    {
                        result.Append(c);
                    }

                    break;
            }
        }

        return result.ToString();
    }

    /// <summary>
    /// Folds a content line as RFC 5545 section 3.1 wants it: no line longer than 75 octets of UTF-8 (not counting the
    /// CRLF), each continuation starting with a space, and never in the middle of a character.
    /// </summary>
    public static string Fold(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var result = new StringBuilder(line.Length + 8);
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > MaxLineOctets)
            {
                result.Append("\r\n ");
                octets = 1;
            }

            result.Append(rune.ToString());
            octets += size;
        }

        return result.ToString();
    }

    /// <summary>Undoes <see cref="Fold"/>: a CRLF followed by a space or tab is removed.</summary>
    public static string Unfold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("\r\n ", "", StringComparison.Ordinal).Replace("\r\n\t", "", StringComparison.Ordinal);
    }

    private static string RemoveControlCharacters(string text) => string.Concat(text.Where(c => !char.IsControl(c))).Trim();

    private static DateTime AsUtc(DateTime time) => time.Kind == DateTimeKind.Utc ? time : DateTime.SpecifyKind(time, DateTimeKind.Utc);

    private static string UtcStamp(DateTime utc) => AsUtc(utc).ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static string LocalStamp(DateTime local) => local.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    /// <summary>The parameter and value after a DTSTART or DTEND name: local time in the zone, or UTC.</summary>
    private static string DateTimeValue(DateTime utc, ZoneDescription? zone) =>
        zone is null
            ? ":" + UtcStamp(utc)
            : $";TZID={zone.Id}:{LocalStamp(TimeZoneInfo.ConvertTimeFromUtc(AsUtc(utc), zone.Zone))}";

    private static string Offset(TimeSpan offset) =>
        (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString("hhmm", CultureInfo.InvariantCulture);

    private static DateTime LastSunday(int year, int month)
    {
        var day = new DateTime(year, month, DateTime.DaysInMonth(year, month), 0, 0, 0, DateTimeKind.Utc);
        return day.AddDays(-(int)day.DayOfWeek);
    }

    /// <summary>Collects content lines, folded and ended with CRLF.</summary>
    private sealed class LineWriter
    {
        private readonly StringBuilder _text = new();

        public void Line(string line) => _text.Append(Fold(line)).Append("\r\n");

        public override string ToString() => _text.ToString();
    }

    /// <summary>A time zone the events use, when it can be written as a VTIMEZONE.</summary>
    private sealed class ZoneDescription(string id, TimeZoneInfo zone, TimeSpan standard, TimeSpan? daylight)
    {
        public string Id => id;
        public TimeZoneInfo Zone => zone;

        /// <summary>The description of the zone, or null when its events are better written in UTC.</summary>
        public static ZoneDescription? For(string id, IReadOnlyList<CalendarEventEntry> entries)
        {
            // A TZID parameter value may not hold these characters unquoted; IANA ids never do.
            if (string.IsNullOrEmpty(id) || id.Any(c => c is ';' or ':' or ',' or '"' || char.IsControl(c) || char.IsWhiteSpace(c)))
            {
                return null;
            }

            TimeZoneInfo zone;
            try
            {
                zone = TimeZoneInfo.FindSystemTimeZoneById(id);
            }
            catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
            {
                return null;
            }

            var years = entries
                .SelectMany(e => new[] { AsUtc(e.StartsAtUtc).Year, AsUtc(e.EndsAtUtc).Year })
                .Distinct()
                .ToList();
            TimeSpan OffsetAt(DateTime utc) => zone.GetUtcOffset(utc);
            var standard = OffsetAt(new DateTime(years[0], 1, 1, 0, 0, 0, DateTimeKind.Utc));

            var isFixed = years.All(y =>
                OffsetAt(new DateTime(y, 1, 1, 0, 0, 0, DateTimeKind.Utc)) == standard
                && OffsetAt(new DateTime(y, 7, 1, 0, 0, 0, DateTimeKind.Utc)) == standard
                && OffsetAt(new DateTime(y, 12, 31, 23, 0, 0, DateTimeKind.Utc)) == standard);
            if (isFixed)
            {
                return new ZoneDescription(id, zone, standard, null);
            }

            var daylight = standard + TimeSpan.FromHours(1);
            var followsEuRules = years.All(y =>
            {
                var springForward = LastSunday(y, 3).AddHours(1);
                var fallBack = LastSunday(y, 10).AddHours(1);
                return OffsetAt(new DateTime(y, 1, 1, 0, 0, 0, DateTimeKind.Utc)) == standard
                    && OffsetAt(springForward.AddSeconds(-1)) == standard
                    && OffsetAt(springForward) == daylight
                    && OffsetAt(fallBack.AddSeconds(-1)) == daylight
                    && OffsetAt(fallBack) == standard
                    && OffsetAt(new DateTime(y, 12, 31, 23, 0, 0, DateTimeKind.Utc)) == standard;
            });
            return followsEuRules ? new ZoneDescription(id, zone, standard, daylight) : null;
        }

        public void WriteTo(LineWriter writer)
        {
            writer.Line("BEGIN:VTIMEZONE");
            writer.Line("TZID:" + id);
            if (daylight is not { } summer)
            {
                writer.Line("BEGIN:STANDARD");
                writer.Line("DTSTART:19700101T000000");
                writer.Line("TZOFFSETFROM:" + ICalendar.Offset(standard));
                writer.Line("TZOFFSETTO:" + ICalendar.Offset(standard));
                writer.Line("END:STANDARD");
            }
            else
            {
                // The EU changes at 01:00 UTC; DTSTART is the first change of 1970 in local time before it.
                var (standardName, daylightName) = Names(standard);
                writer.Line("BEGIN:DAYLIGHT");
                writer.Line("TZOFFSETFROM:" + ICalendar.Offset(standard));
                writer.Line("TZOFFSETTO:" + ICalendar.Offset(summer));
                if (daylightName is not null)
                {
                    writer.Line("TZNAME:" + daylightName);
                }

                writer.Line("DTSTART:" + LocalStamp(LastSunday(1970, 3).AddHours(1) + standard));
                writer.Line("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU");
                writer.Line("END:DAYLIGHT");
                writer.Line("BEGIN:STANDARD");
                writer.Line("TZOFFSETFROM:" + ICalendar.Offset(summer));
                writer.Line("TZOFFSETTO:" + ICalendar.Offset(standard));
                if (standardName is not null)
                {
                    writer.Line("TZNAME:" + standardName);
                }

                writer.Line("DTSTART:" + LocalStamp(LastSunday(1970, 10).AddHours(1) + summer));
                writer.Line("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
                writer.Line("END:STANDARD");
            }

            writer.Line("END:VTIMEZONE");
        }

        /// <summary>The usual abbreviations for the EU zones east of Britain and Portugal (whose names differ).</summary>
        private static (string? Standard, string? Daylight) Names(TimeSpan standard) => standard.TotalHours switch
        {
            1 => ("CET", "CEST"),
            2 => ("EET", "EEST"),
            _ => (null, null),
        };
    }
}
