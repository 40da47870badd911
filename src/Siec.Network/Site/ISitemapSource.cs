namespace Siec.Network.Site;

/// <summary>Addresses a feature adds to the sitemap beside every published item's path (its list pages, its terms).</summary>
public interface ISitemapSource
{
    Task<IEnumerable<string>> PathsAsync();
}
