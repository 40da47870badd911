using Siec.Cms.Core.DataMigrations;
using Siec.Cms.Core.Metadata;

namespace Siec.Network.Taxonomies;

/// <summary>ThematicArea: the term type of the priority thematic areas taxonomy; Tag: the term type of blog tags.</summary>
public sealed class ThematicAreaMigrations(ContentDefinitionManager definitions) : DataMigration
{
    public async Task<int> CreateAsync()
    {
        await definitions.AlterTypeDefinitionAsync("ThematicArea", t => t
            .DisplayedAs("Obszar tematyczny")
            .WithPart("TitlePart", p => p.WithPosition("0"))
            .WithPart("AutoroutePart", p => p.WithPosition("1").WithSettings("AutoroutePartSettings", new
            {
                AllowCustomPath = true,
                Pattern = "obszary/{{ Model.ContentItem | display_text | slugify }}",
            }))
            .WithPart("ThematicArea", p => p.WithPosition("2")));
        await definitions.AlterPartDefinitionAsync("ThematicArea", p => p
            .WithField("Description", f => f.OfType("TextField").WithDisplayName("Opis").WithEditor("TextArea").WithPosition("0")));
        await definitions.AlterTypeDefinitionAsync("Tag", t => t
            .DisplayedAs("Tag")
            .WithPart("TitlePart", p => p.WithPosition("0"))
            .WithPart("AutoroutePart", p => p.WithPosition("1").WithSettings("AutoroutePartSettings", new
            {
                AllowCustomPath = true,
                Pattern = "tagi/{{ Model.ContentItem | display_text | slugify }}",
            })));
        return 1;
    }
}
