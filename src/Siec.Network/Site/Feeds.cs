using System.Globalization;
using System.Xml.Linq;
using Microsoft.AspNetCore.Http;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Http;
using Siec.Cms.Core.Settings;

namespace Siec.Network.Site;

/// <summary>RSS 2.0 feeds of the blog and of new materials.</summary>
public static class Feeds
{
    public static Task<IResult> BlogAsync(HttpContext http, ContentLists lists, DocumentStore documents) =>
        RssAsync(http, lists, documents, "BlogPost", "Blog koordynatora sieci", "/blog", i => i.Part("BlogPost")?["Lead"]?["Text"]?.GetValue<string>());

    public static Task<IResult> MaterialsAsync(HttpContext http, ContentLists lists, DocumentStore documents) =>
        RssAsync(http, lists, documents, "Material", "Nowe materiały samokształceniowe", "/materialy", i => i.Part("MarkdownBodyPart")?["Markdown"]?.GetValue<string>());

    private static async Task<IResult> RssAsync(HttpContext http, ContentLists lists, DocumentStore documents, string type, string title, string link, Func<ContentItem, string?> description)
    {
        var site = await documents.GetAsync<SiteSettings>(SiteSettings.DocumentKey);
        var baseUrl = http.BaseUrl();
        var items = (await lists.NewestAsync(type)).Take(50).Select(i =>
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
