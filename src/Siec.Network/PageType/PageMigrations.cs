using Siec.Cms.Core.DataMigrations;
using Siec.Cms.Core.Metadata;
using Siec.Network.Common;

namespace Siec.Network.PageType;

/// <summary>Page: about the network, contact and other standing pages.</summary>
public sealed class PageMigrations(ContentDefinitionManager definitions) : DataMigration
{
    /// <summary>Recorded under the namespace the class had first, so a site does not run it again.</summary>
    public override string Name => "Siec.Network.Pages.PageMigrations";

    public async Task<int> CreateAsync()
    {
        await definitions.AlterTypeDefinitionAsync(ContentTypes.Page, t => t
            .DisplayedAs("Strona").Editorial()
            .Page("{{ Model.ContentItem | display_text | slugify }}"));
        return 1;
    }
}
