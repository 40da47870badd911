using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Siec.Cms.Core.ContentManagement;

namespace Siec.Cms.Admin.Editors;

/// <summary>An item being written from a posted form: where each field's value goes, and the values that could not be read.</summary>
public sealed class EditorUpdateContext(ContentItem item, IFormCollection form, ContentEditor editor)
{
    public ContentItem Item { get; } = item;

    public IFormCollection Form { get; } = form;

    public ContentEditor Editor { get; } = editor;

    /// <summary>The values that could not be read, by property (with its bag prefix).</summary>
    public Dictionary<string, string> Errors { get; } = [];

    /// <summary>Everything posted under the field's name, joined by commas.</summary>
    public string Posted(EditorField field) => Form[field.Name].ToString();

    public void Fail(EditorField field, string message) => Errors[field.Prefix + field.Property] = message;

    /// <summary>The JSON object of the part the field's property belongs to, and the property's name in it.</summary>
    public (JsonObject Part, string Property) Target(EditorField field)
    {
        var dot = field.Property.IndexOf('.');
        return (Item.GetOrCreatePart(field.Property[..dot]), field.Property[(dot + 1)..]);
    }

    /// <summary>Sets the field's value in its part.</summary>
    public void Set(EditorField field, JsonNode? value)
    {
        var (part, property) = Target(field);
        part[property] = value;
    }
}
