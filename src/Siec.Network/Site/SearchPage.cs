using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Display;
using Siec.Cms.Core.Metadata;
using Siec.Cms.Core.Search;
using Siec.Network.Common;

namespace Siec.Network.Site;

/// <summary><c>/szukaj?q=</c>: full text over published content, any form of a word, grouped by kind, found forms highlighted.</summary>
public static partial class SearchPage
{
    private const int PageSize = 20;

    public static async Task<IResult> ShowAsync(
        HttpContext http, SitePages pages, ContentQuery query, ContentDefinitionManager definitions, IEnumerable<IReaderVisibility> visibility,
        PolishStemmer stemmer)
    {
        var text = http.Request.Query["q"].ToString().Trim();
        var page = Pager.From(http, PageSize, 0).Page;
        // ?typ=forum searches the forum only (the search box on forum pages).
        string[]? types = http.Request.Query["typ"] == "forum" ? [ContentTypes.ForumTopic, ContentTypes.ForumReply] : null;
        var found = new List<ContentItem>();
        foreach (var hit in text.Length == 0 ? [] : await query.SearchAsync(text, (page - 1) * PageSize, PageSize + 1, types))
        {
            if (!await ReaderVisibility.IsHiddenAsync(visibility, hit))
            {
                found.Add(hit);
            }
        }

        var searched = new Highlighter(SearchQuery.Parse(text, stemmer), stemmer);
        var groups = new List<Dictionary<string, object?>>();
        foreach (var group in found.Take(PageSize).GroupBy(i => i.ContentType))
        {
            var type = await definitions.GetTypeAsync(group.Key);
            groups.Add(new Dictionary<string, object?>
            {
                ["Name"] = type?.DisplayName ?? group.Key,
                ["Results"] = group.Select(i => new Dictionary<string, object?>
                {
                    ["Title"] = searched.Highlight(i.DisplayText ?? ""),
                    ["Url"] = i.Url ?? "/",
                    ["Excerpt"] = searched.Highlight(Excerpt(i, searched)),
                }).ToList(),
            });
        }

        var model = new Dictionary<string, object?>
        {
            ["Query"] = text,
            ["Groups"] = groups,
            ["Count"] = Math.Min(found.Count, PageSize),
            ["Previous"] = page > 1 ? $"/szukaj?q={Uri.EscapeDataString(text)}&{Pager.Parameter}={page - 1}" : null,
            ["Next"] = found.Count > PageSize ? $"/szukaj?q={Uri.EscapeDataString(text)}&{Pager.Parameter}={page + 1}" : null,
        };
        return await pages.TemplateAsync(http, "Search", model, new PageMeta(text.Length == 0 ? "Szukaj" : $"Wyniki wyszukiwania: {text}"));
    }

    /// <summary>About 200 characters of the item's text around the first found word, in whatever form it has there.</summary>
    private static string Excerpt(ContentItem item, Highlighter searched)
    {
        var body = item.Part("MarkdownBodyPart")?["Markdown"]?.GetValue<string>() ?? "";
        var plain = Whitespace().Replace(MarkdownSyntax().Replace(body, " "), " ").Trim();
        var at = searched.FirstMatch(plain);
        var start = Math.Max(0, at - 80);
        var excerpt = plain.Substring(start, Math.Min(200, plain.Length - start));
        return (start > 0 ? "…" : "") + excerpt + (start + excerpt.Length < plain.Length ? "…" : "");
    }

    [GeneratedRegex(@"[#*_>\[\]()`]|\\")]
    private static partial Regex MarkdownSyntax();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
