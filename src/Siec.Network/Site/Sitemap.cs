using System.Xml.Linq;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Http;

namespace Siec.Network.Site;

/// <summary>
/// <c>/sitemap.xml</c> lists the home page, what features add and every published item with a path; past
/// <c>Cms:Sitemap:PartSize</c> addresses (10,000) it is a sitemap index of parts <c>/sitemap-N.xml</c>, each read a slice
/// at a time. <c>/robots.txt</c> points to it.
/// </summary>
public static class Sitemap
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static async Task<IResult> XmlAsync(ContentQuery query, IEnumerable<ISitemapSource> sources, IEnumerable<IReaderVisibility> visibility, PublicAddress address, IConfiguration configuration)
    {
        var size = PartSize(configuration);
        var extras = await ExtrasAsync(sources);
        var total = extras.Count + await query.CountPublishedPathsAsync();
        if (total <= size)
        {
            return await PartAsync(1, query, sources, visibility, address, configuration);
        }

        var baseUrl = await address.BaseUrlAsync();
        var index = new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement(Ns + "sitemapindex", Enumerable.Range(1, (total + size - 1) / size).Select(part =>
                new XElement(Ns + "sitemap", new XElement(Ns + "loc", $"{baseUrl}/sitemap-{part}.xml")))));
        return Xml(index);
    }

    /// <summary>Part <paramref name="part"/> of the addresses: the home page and the features' pages first, then the items' paths.</summary>
    public static async Task<IResult> PartAsync(int part, ContentQuery query, IEnumerable<ISitemapSource> sources, IEnumerable<IReaderVisibility> visibility, PublicAddress address, IConfiguration configuration)
    {
        var size = PartSize(configuration);
        var extras = await ExtrasAsync(sources);
        var start = (Math.Max(part, 1) - 1) * size;
        var paths = extras.Skip(start).Take(size).Select(p => (Path: p, Modified: (DateTime?)null)).ToList();
        var skip = Math.Max(0, start - extras.Count);
        var items = await query.PublishedPathsAsync(skip, size - paths.Count);
        if (part > 1 && items.Count == 0)
        {
            return Results.NotFound();
        }

        var hidden = await HiddenAsync(query, visibility);
        paths.AddRange(items.Where(p => !hidden.Contains(p.Path)).Select(p => (p.Path, (DateTime?)p.ModifiedUtc)));
        var baseUrl = await address.BaseUrlAsync();
        var urlset = new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement(Ns + "urlset", paths.DistinctBy(p => p.Path).Select(p => new XElement(Ns + "url",
                new XElement(Ns + "loc", $"{baseUrl}/{p.Path}"),
                p.Modified is { } modified ? new XElement(Ns + "lastmod", modified.ToString("yyyy-MM-dd")) : null))));
        return Xml(urlset);
    }

    public static async Task<IResult> RobotsAsync(PublicAddress address) => Results.Text(
        $"User-agent: *\nDisallow: /Admin\nDisallow: /setup\nAllow: /\n\nSitemap: {await address.BaseUrlAsync()}/sitemap.xml\n",
        "text/plain; charset=utf-8");

    private static int PartSize(IConfiguration configuration) => Math.Clamp(configuration.GetValue("Cms:Sitemap:PartSize", 10_000), 1, 50_000);

    /// <summary>The home page and the pages features add (list pages, areas).</summary>
    private static async Task<List<string>> ExtrasAsync(IEnumerable<ISitemapSource> sources)
    {
        var extras = new List<string> { "" };
        foreach (var source in sources)
        {
            extras.AddRange(await source.PathsAsync());
        }

        return extras.Distinct().ToList();
    }

    private static async Task<HashSet<string>> HiddenAsync(ContentQuery query, IEnumerable<IReaderVisibility> visibility)
    {
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

        return hidden;
    }

    private static IResult Xml(XDocument document) => Results.Text(document.Declaration + "\n" + document.Root, "application/xml; charset=utf-8");
}
