namespace Siec.Cms.Core.Metadata;

/// <summary>All types and parts of a site, in the shape of Orchard Core's ContentDefinition step.</summary>
public sealed class ContentDefinitionDocument
{
    public List<ContentTypeDefinition> ContentTypes { get; set; } = [];

    public List<ContentPartDefinition> ContentParts { get; set; } = [];

    public ContentTypeDefinition? FindType(string name) =>
        ContentTypes.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.Ordinal));

    public ContentPartDefinition? FindPart(string name) =>
        ContentParts.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));
}
