using System.Globalization;
using System.Text;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Display;
using Siec.Network.Common;

namespace Siec.Network.Workshops;

/// <summary>Workshops as an RFC 5545 calendar in Europe/Warsaw time; meetings whose hours are unknown are all-day events.</summary>
public static class WorkshopCalendar
{
    private const string TimeZone = """
        BEGIN:VTIMEZONE
        TZID:Europe/Warsaw
        X-LIC-LOCATION:Europe/Warsaw
        BEGIN:DAYLIGHT
        TZOFFSETFROM:+0100
        TZOFFSETTO:+0200
        TZNAME:CEST
        DTSTART:19700329T020000
        RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
        END:DAYLIGHT
        BEGIN:STANDARD
        TZOFFSETFROM:+0200
        TZOFFSETTO:+0100
        TZNAME:CET
        DTSTART:19701025T030000
        RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
        END:STANDARD
        END:VTIMEZONE
        """;

    public static string Write(IEnumerable<ContentItem> workshops, string baseUrl, DateTime utcNow)
    {
        var lines = new List<string> { "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//ORE//Siec.Cms//PL", "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-TIMEZONE:Europe/Warsaw" };
        lines.AddRange(TimeZone.Split('\n').Select(l => l.TrimEnd('\r')));
        foreach (var workshop in workshops)
        {
            var part = workshop.Part(ContentTypes.Workshop);
            if (ContentItemJson.FieldDate(part?["Start"]) is not { } start || ContentItemJson.FieldDate(part?["End"]) is not { } end)
            {
                continue;
            }

            var allDay = part?["AllDay"]?["Value"]?.GetValue<bool>() == true;
            var place = string.Join(", ", new[] { "PlaceName", "PlaceAddress", "PlaceCity" }
                .Select(f => part?[f]?["Text"]?.GetValue<string>()).Where(v => !string.IsNullOrWhiteSpace(v)));
            lines.Add("BEGIN:VEVENT");
            lines.Add($"UID:{workshop.ContentItemId}@siec-cms");
            lines.Add($"DTSTAMP:{utcNow:yyyyMMdd'T'HHmmss'Z'}");
            lines.AddRange(allDay
                ? [$"DTSTART;VALUE=DATE:{PolishFormat.ToLocal(start):yyyyMMdd}", $"DTEND;VALUE=DATE:{PolishFormat.ToLocal(end).Date.AddDays(1):yyyyMMdd}"]
                : [$"DTSTART;TZID=Europe/Warsaw:{PolishFormat.ToLocal(start):yyyyMMdd'T'HHmmss}", $"DTEND;TZID=Europe/Warsaw:{PolishFormat.ToLocal(end):yyyyMMdd'T'HHmmss}"]);
            lines.Add("SUMMARY:" + Escape(workshop.DisplayText ?? ""));
            if (place.Length > 0)
            {
                lines.Add("LOCATION:" + Escape(place));
            }

            if (workshop.Url is { } url)
            {
                lines.Add($"URL:{baseUrl}{url}");
            }

            lines.Add("END:VEVENT");
        }

        lines.Add("END:VCALENDAR");
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            Fold(text, line);
        }

        return text.ToString();
    }

    /// <summary>Escapes TEXT values: backslash, semicolon, comma and line breaks.</summary>
    public static string Escape(string value) =>
        value.Replace("\\", "\\\\").Replace(";", "\\;").Replace(",", "\\,").Replace("\r\n", "\\n").Replace("\n", "\\n");

    /// <summary>Lines longer than 75 octets continue on the next line after a space, never splitting a UTF-8 character.</summary>
    private static void Fold(StringBuilder text, string line)
    {
        var octets = 0;
        var enumerator = StringInfo.GetTextElementEnumerator(line);
        while (enumerator.MoveNext())
        {
            var element = enumerator.GetTextElement();
            var size = Encoding.UTF8.GetByteCount(element);
            if (octets + size > 75)
            {
                text.Append("\r\n ");
                octets = 1;
            }

            text.Append(element);
            octets += size;
        }

        text.Append("\r\n");
    }
}
