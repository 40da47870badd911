using Siec.Cms.Core.Metadata;

namespace Siec.Cms.Core.ContentManagement.Handlers;

/// <summary>The item being saved, its type, and whether it is being imported (imported values are kept as given).</summary>
public class ContentContext(ContentItem contentItem, ContentTypeDefinition definition, bool importing)
{
    public ContentItem ContentItem { get; } = contentItem;

    public ContentTypeDefinition Definition { get; } = definition;

    public bool Importing { get; } = importing;
}
