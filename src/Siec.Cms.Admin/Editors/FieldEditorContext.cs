using System.Text.Json.Nodes;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Metadata;

namespace Siec.Cms.Admin.Editors;

/// <summary>A field of an item being edited, with what its definition says, as the field editors read it.</summary>
public sealed record FieldEditorContext(ContentItem Item, string PartName, ContentPartFieldDefinition Definition)
{
    public string Property => $"{PartName}.{Definition.Name}";

    public string Label => Definition.Settings["ContentPartFieldSettings"]?["DisplayName"]?.GetValue<string>() ?? Definition.Name;

    public bool Required => Definition.Settings[Definition.FieldName + "Settings"]?["Required"]?.GetValue<bool>() == true;

    /// <summary>The editor the definition asks for (<c>TextArea</c>, <c>PredefinedList</c>, <c>Tags</c>), if any.</summary>
    public string? EditorName => Definition.Settings["ContentPartFieldSettings"]?["Editor"]?.GetValue<string>();

    /// <summary>The field's stored value in the item.</summary>
    public JsonNode? Value => Item.Part(PartName)?[Definition.Name];

    public JsonNode? Settings(string name) => Definition.Settings[name];
}
