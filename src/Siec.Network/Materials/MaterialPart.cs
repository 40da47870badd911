using System.Text.Json.Nodes;
using Siec.Cms.Core.ContentManagement;
using Siec.Network.Common;

namespace Siec.Network.Materials;

/// <summary>A material's own fields, read and written by name instead of JSON paths repeated wherever they are used.</summary>
public sealed class MaterialPart(JsonObject part)
{
    /// <summary>The fields of an item, read only (a missing part reads as empty and is not added).</summary>
    public static MaterialPart Of(ContentItem item) => new(item.Part(ContentTypes.Material) ?? []);

    /// <summary>The fields of an item, to be written.</summary>
    public static MaterialPart For(ContentItem item) => new(item.GetOrCreatePart(ContentTypes.Material));

    public JsonObject Json => part;

    public string? FilePath
    {
        get => part["File"]?["Paths"] is JsonArray { Count: > 0 } paths ? paths[0]?.GetValue<string>() : null;
        set => part["File"] = new JsonObject { ["Paths"] = value is null ? new JsonArray() : new JsonArray(value) };
    }

    public string? Link
    {
        get => part["ExternalLink"]?["Url"]?.GetValue<string>() is { Length: > 0 } url ? url : null;
        set => part["ExternalLink"] = new JsonObject { ["Url"] = value, ["Text"] = value };
    }

    public IReadOnlyList<string> AreaIds
    {
        get => part["ThematicAreas"]?["TermContentItemIds"]?.AsArray().Select(i => i?.GetValue<string>()).OfType<string>().ToList() ?? [];
        // Written as the admin's taxonomy field writes it.
        set => part["ThematicAreas"] = new JsonObject
        {
            ["TaxonomyContentItemId"] = NetworkIds.ThematicAreasTaxonomy,
            ["TermContentItemIds"] = new JsonArray([.. value.Select(v => JsonValue.Create(v))]),
        };
    }

    public string? Format { get => Text("Format"); set => SetText("Format", value); }

    public string? Audience { get => Text("Audience"); set => SetText("Audience", value); }

    public string? Licence { get => Text("Licence"); set => SetText("Licence", value); }

    public string? Author { get => Text("Author"); set => SetText("Author", value); }

    private string? Text(string field) => part[field]?["Text"]?.GetValue<string>();

    private void SetText(string field, string? value) => part[field] = new JsonObject { ["Text"] = value };
}
