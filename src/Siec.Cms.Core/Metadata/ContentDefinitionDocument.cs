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

    /// <summary>The (part key, field name) of every field of <paramref name="fieldType"/> a type's parts have.</summary>
    public IReadOnlyList<(string Part, string Field)> FieldsOfType(string contentType, string fieldType) =>
        FindType(contentType) is { } type
            ? type.Parts.SelectMany(p => (FindPart(p.PartName)?.Fields ?? []).Where(f => f.FieldName == fieldType).Select(f => (p.Name, f.Name))).ToList()
            : [];
}
