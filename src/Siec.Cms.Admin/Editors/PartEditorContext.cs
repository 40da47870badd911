using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Metadata;

namespace Siec.Cms.Admin.Editors;

/// <param name="Prefix">Where the item sits when it is held in another item's BagPart (<c>Sessions.0.</c>), else empty.</param>
/// <param name="Editor">The coordinator, for parts that hold items of their own.</param>
public sealed record PartEditorContext(ContentItem Item, ContentTypePartDefinition TypePart, string Prefix, ContentEditor Editor)
{
    /// <summary>A string property of the part as stored, or empty.</summary>
    public string Text(string property) => Item.Part(TypePart.Name)?[property]?.GetValue<string>() ?? "";
}
