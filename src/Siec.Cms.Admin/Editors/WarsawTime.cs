using System.Globalization;
using System.Text.Json.Nodes;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Display;

namespace Siec.Cms.Admin.Editors;

/// <summary>Dates and times are typed in Polish time and stored in UTC.</summary>
public static class WarsawTime
{
    /// <summary>A date or date and time typed in Polish time, as UTC; null when it cannot be read.</summary>
    public static DateTime? Parse(string posted) =>
        DateTime.TryParse(posted, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), PolishFormat.Warsaw)
            : null;

    /// <summary>A UTC time as the value of a <c>datetime-local</c> input in Polish time.</summary>
    public static string Input(DateTime utc) => PolishFormat.ToLocal(utc).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A stored UTC value as an input's value in Polish time, in <paramref name="format"/>; empty when none.</summary>
    public static string Input(string? utc, string format) =>
        utc is null ? "" : PolishFormat.ToLocal(ContentItemJson.ParseDate(utc)!.Value).ToString(format, CultureInfo.InvariantCulture);

    /// <summary>Writes a posted date (or nothing) into a date field, or reports it cannot be read.</summary>
    public static Task ApplyAsync(EditorField field, EditorUpdateContext context)
    {
        var posted = context.Posted(field).Trim();
        if (posted.Length == 0)
        {
            context.Set(field, new JsonObject { ["Value"] = null });
        }
        else if (Parse(posted) is { } utc)
        {
            context.Set(field, new JsonObject { ["Value"] = ContentItemJson.FormatDate(utc) });
        }
        else
        {
            context.Fail(field, "Wpisz poprawną datę.");
        }

        return Task.CompletedTask;
    }
}
