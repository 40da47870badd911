using System.Net;
using System.Xml.Linq;
using Microsoft.AspNetCore.Mvc.Testing;
using Siec.Cms.Web.Tests.Infrastructure;

namespace Siec.Cms.Web.Tests;

/// <summary>A large site's sitemap is an index of parts, each of at most Cms:Sitemap:PartSize addresses, together listing every page once.</summary>
public sealed class SitemapPartsTests
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public async Task Past_the_part_size_the_sitemap_is_an_index_of_parts_that_list_every_page_once()
    {
        await using var whole = new SiteFactory(new Dictionary<string, string> { ["Cms:Setup:AdminPassword"] = MailSites.Password });
        await using var parted = new SiteFactory(new Dictionary<string, string> { ["Cms:Setup:AdminPassword"] = MailSites.Password, ["Cms:Sitemap:PartSize"] = "5" });
        var expected = Locations(XDocument.Parse(await Client(whole).GetStringAsync("/sitemap.xml")));

        var index = XDocument.Parse(await Client(parted).GetStringAsync("/sitemap.xml"));
        var parts = index.Root!.Elements(Ns + "sitemap").Select(s => s.Element(Ns + "loc")!.Value).ToList();
        var listed = new List<string>();
        foreach (var part in parts)
        {
            var urls = Locations(XDocument.Parse(await Client(parted).GetStringAsync(new Uri(part).PathAndQuery)));
            Assert.InRange(urls.Count, 1, 5);
            listed.AddRange(urls);
        }

        Assert.Equal("sitemapindex", index.Root.Name.LocalName);
        Assert.Equal((expected.Count + 4) / 5, parts.Count);
        Assert.Equal(expected.Order(), listed.Order());
        Assert.Equal(HttpStatusCode.NotFound, (await Client(parted).GetAsync($"/sitemap-{parts.Count + 1}.xml")).StatusCode);
    }

    private static HttpClient Client(SiteFactory site) => site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static List<string> Locations(XDocument urlset) => urlset.Root!.Elements(Ns + "url").Select(u => u.Element(Ns + "loc")!.Value).ToList();
}
