using System.Text.Json;
using System.Text.Json.Nodes;
using Siec.Cms.Core.ContentManagement;

namespace Siec.Cms.Core.Display;

/// <summary>Turns content items into the dictionaries templates read, in Orchard's shape: <c>ContentItem.Content.TitlePart.Title</c>.</summary>
public static class LiquidModel
{
    public static Dictionary<string, object?> From(ContentItem item)
    {
        var json = ContentItemJson.Write(item);
        var model = (Dictionary<string, object?>)Convert(json)!;
        model["Content"] = Convert(item.Content);
        return model;
    }

    public static object? Convert(JsonNode? node) => node switch
    {
        JsonObject obj => obj.ToDictionary(p => p.Key, p => Convert(p.Value)),
        JsonArray array => array.Select(Convert).ToList(),
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number => decimal.Parse(value.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture),
            _ => null,
        },
        _ => null,
    };
}
