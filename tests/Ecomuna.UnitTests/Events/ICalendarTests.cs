using System.Text;
using Ecomuna.Core.Events;

namespace Ecomuna.UnitTests.Events;

public sealed class ICalendarTests
{
    private static readonly DateTime GeneratedAt = new(2026, 3, 16, 9, 30, 0, DateTimeKind.Utc);
    private static readonly DateTime Modified = new(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    private static DateTime Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, DateTimeKind.Utc);

    private static CalendarEventEntry Conference() => new(
        "demo-annual-conference@ecomuna", "Ekokommunernas årskonferens och årsmöte",
        "Två dagar om hållbar omställning i Sotenäs.",
        Utc(2026, 5, 21, 7), Utc(2026, 5, 22, 14), "Europe/Stockholm",
        "Sotenäs, Kungshamn", "https://portal.example.org/Events/Details/1", false, Modified);

    private static CalendarEventEntry WinterWebinar() => new(
        "demo-webinar-indicators@ecomuna", "Webbinarium: gröna nyckeltal i praktiken",
        "", Utc(2026, 1, 15, 12), Utc(2026, 1, 15, 13, 30), "Europe/Stockholm",
        null, null, false, Modified);

    /// <summary>The expected file from Events/Golden; on a difference the actual text is left beside it in the output folder.</summary>
    private static void AssertMatchesGolden(string name, string actual)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Events", "Golden", name);
        var expected = File.ReadAllBytes(path);
        var actualBytes = Encoding.UTF8.GetBytes(actual);
        if (!expected.AsSpan().SequenceEqual(actualBytes))
        {
            File.WriteAllBytes(path + ".actual", actualBytes);
        }

        Assert.Equal(Encoding.UTF8.GetString(expected), actual);
        Assert.Equal(expected, actualBytes);
    }

    private static string[] Lines(string text) => text.Split("\r\n")[..^1];

    private static void AssertWellFormed(string text)
    {
        Assert.EndsWith("END:VCALENDAR\r\n", text, StringComparison.Ordinal);
        Assert.Equal(text.Count(c => c == '\n'), text.Split("\r\n").Length - 1);
        Assert.DoesNotContain('\r', text.Replace("\r\n", "", StringComparison.Ordinal));
        Assert.All(Lines(text), line => Assert.InRange(Encoding.UTF8.GetByteCount(line), 1, 75));
    }

    [Fact]
    public void Write_SingleEvent_MatchesTheGoldenFile()
    {
        var text = ICalendar.Write([Conference()], "Sveriges Ekokommuner – kalender / calendar", GeneratedAt);

        AssertWellFormed(text);
        AssertMatchesGolden("single.ics", text);
    }

    [Fact]
    public void Write_TwoEvents_MatchesTheGoldenFileWithOneTimeZone()
    {
        var text = ICalendar.Write([WinterWebinar(), Conference()], "Sveriges Ekokommuner – kalender / calendar", GeneratedAt);

        AssertWellFormed(text);
        AssertMatchesGolden("two.ics", text);
        Assert.Single(Lines(text), l => l == "BEGIN:VTIMEZONE");
    }

    [Fact]
    public void Write_CancelledEvent_MatchesTheGoldenFile()
    {
        var cancelled = WinterWebinar() with { IsCancelled = true, LastModifiedUtc = Utc(2026, 1, 10, 8) };

        var text = ICalendar.Write([cancelled], "Sveriges Ekokommuner – kalender / calendar", GeneratedAt);

        AssertWellFormed(text);
        AssertMatchesGolden("cancelled.ics", text);
        Assert.Contains("STATUS:CANCELLED\r\nSEQUENCE:1\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_LongSwedishDescription_FoldsAt75OctetsAndUnfoldsToTheText()
    {
        const string description =
            "Årets konferens handlar om hur små kommuner i Norrland, Svealand och Götaland ställer om: "
            + "räksmörgås-ekonomi, åtgärder för ängar och öar, förnybar energi och cirkulär upphandling. "
            + "Vi äter lunch på Smögens hamn; ta med regnkläder!\n\nVälkommen – åäö ÅÄÖ åäö ÅÄÖ åäö ÅÄÖ åäö ÅÄÖ åäö ÅÄÖ åäö.";
        var entry = Conference() with { Description = description };

        var text = ICalendar.Write([entry], "Sveriges Ekokommuner – kalender / calendar", GeneratedAt);

        AssertWellFormed(text);
        AssertMatchesGolden("folded.ics", text);
        var descriptionLine = Lines(ICalendar.Unfold(text)).Single(l => l.StartsWith("DESCRIPTION:", StringComparison.Ordinal));
        Assert.Equal("DESCRIPTION:" + ICalendar.EscapeText(description), descriptionLine);
        Assert.Contains(Lines(text), l => l.StartsWith(' '));
    }

    [Fact]
    public void Write_SpecialCharacters_AreEscaped()
    {
        var entry = Conference() with
        {
            Summary = @"Möte; plan, budget \ val",
            Description = "Rad ett\r\nRad två\nRad tre\rslut",
            Location = "Kommunhuset, sal 3; plan 2",
        };

        var text = ICalendar.Write([entry], "Kalender; test, ett", GeneratedAt);

        AssertWellFormed(text);
        AssertMatchesGolden("escaped.ics", text);
        Assert.Contains(@"SUMMARY:Möte\; plan\, budget \\ val" + "\r\n", text, StringComparison.Ordinal);
        Assert.Contains(@"DESCRIPTION:Rad ett\nRad två\nRad tre\nslut" + "\r\n", text, StringComparison.Ordinal);
        Assert.Contains(@"LOCATION:Kommunhuset\, sal 3\; plan 2" + "\r\n", text, StringComparison.Ordinal);
        Assert.Contains(@"X-WR-CALNAME:Kalender\; test\, ett" + "\r\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2026, 1, 15, 8, "20260115T090000")]
    [InlineData(2026, 7, 1, 8, "20260701T100000")]
    [InlineData(2026, 3, 29, 0, "20260329T010000")]
    [InlineData(2026, 3, 29, 1, "20260329T030000")]
    [InlineData(2026, 10, 25, 0, "20261025T020000")]
    [InlineData(2026, 10, 25, 1, "20261025T020000")]
    public void Write_UtcTime_IsWrittenAsStockholmLocalTime(int year, int month, int day, int hour, string local)
    {
        var entry = Conference() with { StartsAtUtc = Utc(year, month, day, hour), EndsAtUtc = Utc(year, month, day, hour) + TimeSpan.FromHours(3) };

        var text = ICalendar.Write([entry], "Kalender", GeneratedAt);

        Assert.Contains($"DTSTART;TZID=Europe/Stockholm:{local}\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_TimesReadFromTheDatabaseWithoutKind_AreTakenAsUtc()
    {
        var entry = Conference() with
        {
            StartsAtUtc = DateTime.SpecifyKind(Utc(2026, 5, 21, 7), DateTimeKind.Unspecified),
            EndsAtUtc = DateTime.SpecifyKind(Utc(2026, 5, 21, 8), DateTimeKind.Unspecified),
        };

        var text = ICalendar.Write([entry], "Kalender", GeneratedAt);

        Assert.Contains("DTSTART;TZID=Europe/Stockholm:20260521T090000\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ZoneOutsideTheEuRules_IsWrittenInUtcWithoutVTimezone()
    {
        var entry = Conference() with { TimeZone = "America/New_York" };

        var text = ICalendar.Write([entry], "Kalender", GeneratedAt);

        Assert.DoesNotContain("VTIMEZONE", text, StringComparison.Ordinal);
        Assert.Contains("DTSTART:20260521T070000Z\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_UnknownZone_IsWrittenInUtc()
    {
        var entry = Conference() with { TimeZone = "Nowhere/Atlantis" };

        var text = ICalendar.Write([entry], "Kalender", GeneratedAt);

        Assert.DoesNotContain("TZID", text, StringComparison.Ordinal);
        Assert.Contains("DTEND:20260522T140000Z\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ZoneWithoutSummerTime_HasOneFixedOffset()
    {
        var entry = Conference() with { TimeZone = "Asia/Tokyo" };

        var text = ICalendar.Write([entry], "Kalender", GeneratedAt);

        Assert.Contains("BEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:+0900\r\nTZOFFSETTO:+0900\r\nEND:STANDARD\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("DAYLIGHT", text, StringComparison.Ordinal);
        Assert.Contains("DTSTART;TZID=Asia/Tokyo:20260521T160000\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_OtherEuZone_HasItsOwnOffsets()
    {
        var entry = Conference() with { TimeZone = "Europe/Helsinki" };

        var text = ICalendar.Write([entry], "Kalender", GeneratedAt);

        Assert.Contains("TZOFFSETFROM:+0200\r\nTZOFFSETTO:+0300\r\nTZNAME:EEST\r\nDTSTART:19700329T030000\r\n", text, StringComparison.Ordinal);
        Assert.Contains("TZOFFSETFROM:+0300\r\nTZOFFSETTO:+0200\r\nTZNAME:EET\r\nDTSTART:19701025T040000\r\n", text, StringComparison.Ordinal);
        Assert.Contains("DTSTART;TZID=Europe/Helsinki:20260521T100000\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_NoEvents_IsAnEmptyCalendar()
    {
        var text = ICalendar.Write([], "Kalender", GeneratedAt);

        Assert.Equal(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Ecomuna//Ecomuna//SV\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nX-WR-CALNAME:Kalender\r\nEND:VCALENDAR\r\n",
            text);
    }

    [Fact]
    public void Fold_MultiByteCharacters_AreNeverSplit()
    {
        var line = "DESCRIPTION:" + string.Concat(Enumerable.Repeat("å😀ö", 40));

        var folded = ICalendar.Fold(line);

        var lines = folded.Split("\r\n");
        Assert.All(lines, l => Assert.InRange(Encoding.UTF8.GetByteCount(l), 1, 75));
        Assert.All(lines, l => Assert.DoesNotContain('\uFFFD', Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(l))));
        Assert.All(lines[1..], l => Assert.StartsWith(" ", l, StringComparison.Ordinal));
        Assert.Equal(line, ICalendar.Unfold(folded));
    }

    [Fact]
    public void Fold_LineOfExactly75Octets_IsLeftWhole()
    {
        var line = new string('x', 75);

        Assert.Equal(line, ICalendar.Fold(line));
        Assert.Equal(line[..75] + "\r\n x", ICalendar.Fold(line + "x"));
    }

    [Fact]
    public void EscapeText_ControlCharacters_AreDroppedButTabsKept()
    {
        Assert.Equal("a\tb", ICalendar.EscapeText("a\u0001\tb\u007f"));
    }

    private static CalendarEvent Webinar() => new()
    {
        Id = 2,
        Title = "Webbinarium: gröna nyckeltal",
        Description = "Hur tre medlemmar använder nyckeltalen.",
        StartsAtUtc = Utc(2026, 4, 7, 12),
        EndsAtUtc = Utc(2026, 4, 7, 13),
        OnlineLink = "https://meet.example.org/nyckeltal",
        CalendarUid = "demo-webinar@ecomuna",
    };

    [Fact]
    public void ForEvent_WithoutTheOnlineLink_LeavesItOut()
    {
        var text = ICalendar.ForEvent(Webinar(), "https://portal.example.org/Events/Details/2", GeneratedAt, includeOnlineLink: false);

        AssertWellFormed(text);
        Assert.DoesNotContain("meet.example.org", ICalendar.Unfold(text), StringComparison.Ordinal);
        Assert.DoesNotContain("LOCATION", text, StringComparison.Ordinal);
        Assert.Contains("URL:https://portal.example.org/Events/Details/2\r\n", text, StringComparison.Ordinal);
        Assert.Contains("UID:demo-webinar@ecomuna\r\n", text, StringComparison.Ordinal);
        Assert.Contains("DTSTART;TZID=Europe/Stockholm:20260407T140000\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ForEvent_WithTheOnlineLink_PutsItInLocationAndDescription()
    {
        var text = ICalendar.Unfold(ICalendar.ForEvent(Webinar(), "https://portal.example.org/Events/Details/2", GeneratedAt, includeOnlineLink: true));

        Assert.Contains("LOCATION:https://meet.example.org/nyckeltal\r\n", text, StringComparison.Ordinal);
        Assert.Contains(@"DESCRIPTION:Hur tre medlemmar använder nyckeltalen.\n\nDelta online / Join online: https://meet.example.org/nyckeltal" + "\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ForEvent_WithAPlaceAndTheOnlineLink_KeepsThePlaceAsLocation()
    {
        var webinar = Webinar();
        webinar.Place = "Kommunhuset, Södertälje";

        var text = ICalendar.Unfold(ICalendar.ForEvent(webinar, "https://portal.example.org/Events/Details/2", GeneratedAt, includeOnlineLink: true));

        Assert.Contains(@"LOCATION:Kommunhuset\, Södertälje" + "\r\n", text, StringComparison.Ordinal);
        Assert.Contains("https://meet.example.org/nyckeltal", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ForEvent_Cancelled_IsCancelledAndModifiedWhenCancelled()
    {
        var webinar = Webinar();
        webinar.CancelledAtUtc = Utc(2026, 3, 2, 10);

        var text = ICalendar.ForEvent(webinar, "https://portal.example.org/Events/Details/2", GeneratedAt, includeOnlineLink: false);

        Assert.Contains("STATUS:CANCELLED\r\nSEQUENCE:1\r\nLAST-MODIFIED:20260302T100000Z\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("X-WR-CALNAME", text, StringComparison.Ordinal);
    }
}
