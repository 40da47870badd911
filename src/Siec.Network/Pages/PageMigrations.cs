using Siec.Cms.Core.DataMigrations;
using Siec.Cms.Core.Metadata;
using Siec.Network.Common;

namespace Siec.Network.Pages;

/// <summary>Page: about the network, contact and other standing pages.</summary>
public sealed class PageMigrations(ContentDefinitionManager definitions) : DataMigration
{
    public async Task<int> CreateAsync()
    {
        await definitions.AlterTypeDefinitionAsync("Page", t => t
            .DisplayedAs("Strona").Editorial()
            .Page("{{ Model.ContentItem | display_text | slugify }}"));
        return 1;
    }
}
