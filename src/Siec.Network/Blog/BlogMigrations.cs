using Siec.Cms.Core.DataMigrations;
using Siec.Cms.Core.Metadata;
using Siec.Network.Common;

namespace Siec.Network.Blog;

/// <summary>Blog (a list) and BlogPost: the coordinator's blog.</summary>
public sealed class BlogMigrations(ContentDefinitionManager definitions) : DataMigration
{
    public async Task<int> CreateAsync()
    {
        await definitions.AlterTypeDefinitionAsync(ContentTypes.Blog, t => t
            .DisplayedAs("Blog").Editorial()
            .Page("{{ Model.ContentItem | display_text | slugify }}", "Opis bloga")
            .Listing("3", ContentTypes.BlogPost));
        await definitions.AlterTypeDefinitionAsync(ContentTypes.BlogPost, t => t
            .DisplayedAs("Wpis na blogu").Draftable().Versionable().Securable()
            .Page("{{ container | path }}/{{ Model.ContentItem | display_text | slugify }}")
            .WithPart(ContentTypes.BlogPost, p => p.WithPosition("3")));
        await definitions.AlterPartDefinitionAsync(ContentTypes.BlogPost, p => p
            .Text("Lead", "Wstęp", "0", editor: "TextArea")
            .WithField("CoverImage", f => f.OfType("MediaField").WithDisplayName("Obraz główny (z tekstem alternatywnym)").WithPosition("1")
                .WithSettings("MediaFieldSettings", new { Multiple = false, AllowMediaText = true, Required = false }))
            .ThematicAreas("2")
            .WithField("Tags", f => f.OfType("TaxonomyField").WithDisplayName("Tagi").WithPosition("3").WithEditor("Tags").WithDisplayMode("Tags")
                .WithSettings("TaxonomyFieldSettings", new { TaxonomyContentItemId = NetworkIds.TagsTaxonomy }))
            .Text("Author", "Autor", "4")
            .WithField("PublishDate", f => f.OfType("DateField").WithDisplayName("Data publikacji").WithPosition("5")));
        return 1;
    }
}
