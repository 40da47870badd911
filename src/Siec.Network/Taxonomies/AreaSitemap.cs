using Siec.Network.Site;

namespace Siec.Network.Taxonomies;

/// <summary>Every thematic area's page is in the sitemap.</summary>
public sealed class AreaSitemap(ThematicAreas areas) : ISitemapSource
{
    public async Task<IEnumerable<string>> PathsAsync() => (await areas.LoadAsync()).Select(ThematicAreas.Path).OfType<string>();
}
