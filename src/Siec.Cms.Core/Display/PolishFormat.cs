using System.Globalization;

namespace Siec.Cms.Core.Display;

/// <summary>Dates in Polish in the site's time zone (<c>26 września 2014</c>) and human file sizes (<c>1,2 MB</c>).</summary>
public static class PolishFormat
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("pl-PL");
    public static readonly TimeZoneInfo Warsaw = TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");

    public static DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(System.DateTime.SpecifyKind(utc, DateTimeKind.Utc), Warsaw);

    /// <summary>Genitive month names, as a date is written in Polish: 26 września 2014.</summary>
    public static string Date(DateTime utc) => ToLocal(utc).ToString("d MMMM yyyy", Culture);

    public static string DateAndTime(DateTime utc) => ToLocal(utc).ToString("d MMMM yyyy, HH:mm", Culture);

    public static string Time(DateTime utc) => ToLocal(utc).ToString("HH:mm", Culture);

    public static string FileSize(decimal bytes) => bytes switch
    {
        < 1024 => $"{bytes:0} B",
        < 1024 * 1024 => (bytes / 1024).ToString("0.#", Culture) + " kB",
        < 1024 * 1024 * 1024 => (bytes / (1024 * 1024)).ToString("0.#", Culture) + " MB",
        _ => (bytes / (1024 * 1024 * 1024)).ToString("0.#", Culture) + " GB",
    };
}
