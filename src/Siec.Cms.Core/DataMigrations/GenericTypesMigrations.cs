using Siec.Cms.Core.Metadata;

namespace Siec.Cms.Core.DataMigrations;

/// <summary>The types Orchard Core's own modules give every site: Taxonomy, Menu and LinkMenuItem.</summary>
public sealed class GenericTypesMigrations(ContentDefinitionManager definitions) : DataMigration
{
    public async Task<int> CreateAsync()
    {
        await definitions.AlterTypeDefinitionAsync("Taxonomy", t => t
            .DisplayedAs("Taksonomia").Creatable().Listable().Draftable().Versionable()
            .WithPart("TitlePart", p => p.WithPosition("1"))
            .WithPart("AliasPart", p => p.WithPosition("2"))
            .WithPart("AutoroutePart", p => p.WithPosition("3").WithSettings("AutoroutePartSettings", new
            {
                AllowCustomPath = true,
                Pattern = "{{ Model.ContentItem | display_text | slugify }}",
                AllowRouteContainedItems = true,
            }))
            .WithPart("TaxonomyPart", p => p.WithPosition("4")));
        await definitions.AlterTypeDefinitionAsync("Menu", t => t
            .DisplayedAs("Menu").Creatable().Listable().Stereotype("Menu")
            .WithPart("TitlePart", p => p.WithPosition("1"))
            .WithPart("AliasPart", p => p.WithPosition("2").WithSettings("AliasPartSettings", new { Pattern = "{{ Model.ContentItem | display_text | slugify }}" }))
            .WithPart("MenuPart", p => p.WithPosition("3"))
            .WithPart("MenuItemsListPart", p => p.WithPosition("4")));
        await definitions.AlterTypeDefinitionAsync("LinkMenuItem", t => t
            .DisplayedAs("Odnośnik").Stereotype("MenuItem")
            .WithPart("LinkMenuItemPart", p => p.WithPosition("1")));
        return 1;
    }
}
