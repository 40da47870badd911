using Siec.Cms.Core.Metadata.Builders;

namespace Siec.Network.Common;

/// <summary>Fields the network types share, so every type picks thematic areas the same way.</summary>
public static class FieldBuilderExtensions
{
    public static ContentPartDefinitionBuilder ThematicAreas(this ContentPartDefinitionBuilder part, string position, bool unique = false) =>
        part.WithField("ThematicAreas", f => f.OfType("TaxonomyField").WithDisplayName("Obszary tematyczne").WithPosition(position)
            .WithSettings("TaxonomyFieldSettings", new { TaxonomyContentItemId = NetworkIds.ThematicAreasTaxonomy, Unique = unique, LeavesOnly = true }));

    public static ContentPartDefinitionBuilder Text(this ContentPartDefinitionBuilder part, string name, string displayName, string position, bool required = false, string? editor = null) =>
        part.WithField(name, f =>
        {
            f.OfType("TextField").WithDisplayName(displayName).WithPosition(position).WithSettings("TextFieldSettings", new { Required = required });
            if (editor is not null)
            {
                f.WithEditor(editor);
            }
        });
}
