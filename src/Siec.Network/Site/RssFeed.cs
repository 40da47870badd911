using System.Globalization;
using System.Xml.Linq;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Http;
using Siec.Cms.Core.Settings;

namespace Siec.Network.Site;

/// <summary>An RSS 2.0 feed of the newest published items of one type (the blog's, the materials').</summary>
public static class RssFeed
{
    public static async Task<IResult> WriteAsync(HttpContext http, string type, string title, string link, Func<ContentItem, string?> description)
    {
        var site = await http.RequestServices.GetRequiredService<DocumentStore>().GetAsync<SiteSettings>(SiteSettings.DocumentKey);
        var newest = await http.RequestServices.GetRequiredService<ContentQuery>().NewestAsync(type, 50);
        var baseUrl = await http.RequestServices.GetRequiredService<PublicAddress>().BaseUrlAsync();
        var items = newest.Select(i =>
        {
            var url = baseUrl + i.Url;
            return new XElement("item",
                new XElement("title", i.DisplayText),
                new XElement("link", url),
                new XElement("guid", new XAttribute("isPermaLink", "true"), url),
                new XElement("pubDate", (i.PublishedUtc ?? i.CreatedUtc ?? DateTime.UtcNow).ToString("r", CultureInfo.InvariantCulture)),
                new XElement("description", description(i) ?? ""));
        });
        var rss = new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement("rss", new XAttribute("version", "2.0"),
                new XElement("channel",
                    new XElement("title", $"{title} – {site.SiteName}"),
                    new XElement("link", baseUrl + link),
                    new XElement("description", title),
                    new XElement("language", "pl"),
                    items)));
        return Results.Text(rss.Declaration + "\n" + rss.Root, "application/rss+xml; charset=utf-8");
    }
}
