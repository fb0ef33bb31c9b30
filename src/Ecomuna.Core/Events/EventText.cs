using Ecomuna.Core.Site;
using Ecomuna.Core.Calendar;
using Microsoft.AspNetCore.Html;

namespace Ecomuna.Core.Events;

/// <summary>How events read on screen and in mails: times in the event's own time zone, descriptions from Markdown.</summary>
public static class EventText
{
    public const string HomeTimeZone = SwedishTime.ZoneId;

    /// <summary>"fredag 21 maj 2027, 09:00–16:00" or "Friday 21 May 2027, 09:00–16:00"; across days both dates are given.</summary>
    public static string When(DateTime startsAtUtc, DateTime endsAtUtc, string timeZone, CultureInfo? culture = null)
    {
        culture ??= CultureInfo.CurrentCulture;
        var zone = Zone(timeZone);
        var start = TimeZoneInfo.ConvertTimeFromUtc(startsAtUtc, zone);
        var end = TimeZoneInfo.ConvertTimeFromUtc(endsAtUtc, zone);
        var text = start.Date == end.Date
            ? $"{Day(start, culture)}, {start.ToString("HH:mm", culture)}–{end.ToString("HH:mm", culture)}"
            : $"{Day(start, culture)} {start.ToString("HH:mm", culture)} – {Day(end, culture)} {end.ToString("HH:mm", culture)}";
        return timeZone == HomeTimeZone ? text : $"{text} ({timeZone})";
    }

    /// <summary>A single moment, such as a registration deadline: "fredag 7 maj 2027 kl. 23:00" style, without the "kl.".</summary>
    public static string At(DateTime utc, string timeZone, CultureInfo? culture = null)
    {
        culture ??= CultureInfo.CurrentCulture;
        var local = TimeZoneInfo.ConvertTimeFromUtc(utc, Zone(timeZone));
        return $"{Day(local, culture)} {local.ToString("HH:mm", culture)}";
    }

    /// <summary>The description as HTML: raw HTML in the Markdown is shown as text, and only web and mail links are kept.</summary>
    public static HtmlString Description(string markdown) => SafeMarkdown.ToHtml(markdown);

    private static string Day(DateTime local, CultureInfo culture) => local.ToString("dddd d MMMM yyyy", culture);

    private static TimeZoneInfo Zone(string timeZone)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(string.IsNullOrEmpty(timeZone) ? HomeTimeZone : timeZone);
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.FindSystemTimeZoneById(HomeTimeZone);
        }
    }
}
