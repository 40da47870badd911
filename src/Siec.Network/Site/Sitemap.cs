using System.Xml.Linq;
using Microsoft.AspNetCore.Http;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Http;
using Siec.Cms.Core.Parts;

namespace Siec.Network.Site;

/// <summary><c>/sitemap.xml</c> lists the home page, every published item with a path and what features add; <c>/robots.txt</c> points to it.</summary>
public static class Sitemap
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static async Task<IResult> XmlAsync(ContentQuery query, IEnumerable<ISitemapSource> sources, IEnumerable<IReaderVisibility> visibility, PublicAddress address)
    {
        var baseUrl = await address.BaseUrlAsync();
        var paths = new List<(string Path, DateTime? Modified)> { ("", null) };
        var hidden = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in visibility)
        {
            foreach (var type in rule.Types)
            {
                foreach (var item in await query.ByTypeAsync(type))
                {
                    if (item.RoutePath is { } path && await rule.IsHiddenAsync(item))
                    {
                        hidden.Add(path);
                    }
                }
            }
        }

        paths.AddRange((await query.PublishedPathsAsync()).Where(p => !hidden.Contains(p.Path)).Select(p => (p.Path, (DateTime?)p.ModifiedUtc)));
        foreach (var source in sources)
        {
            paths.AddRange((await source.PathsAsync()).Select(p => (p, (DateTime?)null)));
        }

        var sitemap = new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement(Ns + "urlset", paths.DistinctBy(p => p.Path).Select(p => new XElement(Ns + "url",
                new XElement(Ns + "loc", $"{baseUrl}/{p.Path}"),
                p.Modified is { } modified ? new XElement(Ns + "lastmod", modified.ToString("yyyy-MM-dd")) : null))));
        return Results.Text(sitemap.Declaration + "\n" + sitemap.Root, "application/xml; charset=utf-8");
    }

    public static async Task<IResult> RobotsAsync(PublicAddress address) => Results.Text(
        $"User-agent: *\nDisallow: /Admin\nDisallow: /setup\nAllow: /\n\nSitemap: {await address.BaseUrlAsync()}/sitemap.xml\n",
        "text/plain; charset=utf-8");
}
