using System.Globalization;
using System.Text.Json.Nodes;

namespace Siec.Cms.Core.ContentManagement;

/// <summary>Reads and writes content items as Orchard Core's ContentItemConverter does.</summary>
public static class ContentItemJson
{
    private static readonly HashSet<string> WellKnown =
    [
        "ContentItemId", "ContentItemVersionId", "ContentType", "DisplayText", "Latest", "Published",
        "ModifiedUtc", "PublishedUtc", "CreatedUtc", "Owner", "Author",
    ];

    public static JsonObject Write(ContentItem item)
    {
        var json = new JsonObject
        {
            ["ContentItemId"] = item.ContentItemId,
            ["ContentItemVersionId"] = item.ContentItemVersionId,
            ["ContentType"] = item.ContentType,
            ["DisplayText"] = item.DisplayText,
            ["Latest"] = item.Latest,
            ["Published"] = item.Published,
            ["ModifiedUtc"] = FormatDate(item.ModifiedUtc),
            ["PublishedUtc"] = FormatDate(item.PublishedUtc),
            ["CreatedUtc"] = FormatDate(item.CreatedUtc),
            ["Owner"] = item.Owner,
            ["Author"] = item.Author,
        };
        foreach (var (key, value) in item.Content)
        {
            json[key] = value?.DeepClone();
        }

        return json;
    }

    /// <summary>Well-known names are matched case-sensitively; other scalar properties are dropped, as Orchard does.</summary>
    public static ContentItem Read(JsonObject json)
    {
        var item = new ContentItem
        {
            ContentItemId = GetString(json, "ContentItemId") ?? "",
            ContentItemVersionId = GetString(json, "ContentItemVersionId"),
            ContentType = GetString(json, "ContentType") ?? "",
            DisplayText = GetString(json, "DisplayText"),
            Latest = GetBool(json, "Latest"),
            Published = GetBool(json, "Published"),
            ModifiedUtc = ParseDate(json, "ModifiedUtc"),
            PublishedUtc = ParseDate(json, "PublishedUtc"),
            CreatedUtc = ParseDate(json, "CreatedUtc"),
            Owner = GetString(json, "Owner"),
            Author = GetString(json, "Author"),
        };
        foreach (var (key, value) in json)
        {
            if (!WellKnown.Contains(key) && value is JsonObject or JsonArray)
            {
                item.Content[key] = value.DeepClone();
            }
        }

        return item;
    }

    public static string? FormatDate(DateTime? value) =>
        value?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    /// <summary>The value of a DateTimeField (<c>{ "Value": "…" }</c>), or null when it has none.</summary>
    public static DateTime? FieldDate(JsonNode? field) => field?["Value"] is JsonValue value ? ParseDate(value.ToString()) : null;

    public static DateTime? ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return DateTime.TryParse(text, CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
            ? DateTime.SpecifyKind(date, DateTimeKind.Utc)
            : throw new FormatException($"'{text}' nie jest poprawną datą.");
    }

    private static DateTime? ParseDate(JsonObject json, string name) => ParseDate(GetString(json, name));

    private static string? GetString(JsonObject json, string name) =>
        json[name] is JsonValue value ? value.ToString() : null;

    private static bool GetBool(JsonObject json, string name) =>
        json[name] is JsonValue value && value.TryGetValue<bool>(out var b) && b;
}
