using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Text;

namespace Siec.Cms.Core.Search;

/// <summary>Builds the folded text and stems the index stores, and the folded words of a query.</summary>
public static partial class SearchText
{
    /// <summary>
    /// How many matches, the newest first, a search ranks: ranking every match of a common word costs as much as the
    /// site is large (0.4 s for "biblioteka" at 100,000 items); readers look at the first pages.
    /// </summary>
    public const int RankedAtMost = 1000;

    private static readonly HashSet<string> TextKeys = ["Title", "Text", "Markdown", "Html", "TagNames"];

    /// <summary>The folded document of a published item: its display text as the title, the text of its parts as the body.</summary>
    public static SearchDocument From(ContentItem item, PolishStemmer stemmer)
    {
        var text = new StringBuilder();
        Collect(item.Content, text);
        var title = TextFolding.Fold(item.DisplayText ?? "");
        var body = TextFolding.Fold(text.ToString());
        var published = DateTime.SpecifyKind(item.PublishedUtc ?? item.CreatedUtc ?? DateTime.UnixEpoch, DateTimeKind.Utc);
        return new SearchDocument(item.ContentItemId, item.ContentType, title, body, Stems(title, stemmer), Stems(body, stemmer), published);
    }

    /// <summary>Every word's dictionary forms, or the word itself where the dictionary has none, each once.</summary>
    private static string Stems(string folded, PolishStemmer stemmer)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match word in WordPattern().Matches(folded))
        {
            var forms = stemmer.Stems(word.Value);
            if (forms.Count == 0)
            {
                stems.Add(word.Value);
            }
            else
            {
                stems.UnionWith(forms);
            }
        }

        return string.Join(' ', stems);
    }

    public static IReadOnlyList<string> Words(string query) =>
        WordPattern().Matches(TextFolding.Fold(query)).Select(m => m.Value).ToList();

    private static void Collect(JsonNode? node, StringBuilder body, bool text = false)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    Collect(value, body, TextKeys.Contains(key));
                }

                break;
            case JsonArray array:
                foreach (var value in array)
                {
                    Collect(value, body, text);
                }

                break;
            case JsonValue value when text:
                body.Append(TagPattern().Replace(value.ToString(), " ")).Append(' ');
                break;
        }
    }

    [GeneratedRegex(@"[\p{L}\p{Nd}]+")]
    private static partial Regex WordPattern();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex TagPattern();

    /// <summary>Content types as one parameter both databases can test with LIKE: <c>,A,B,</c>, or empty for all.</summary>
    public static string TypeList(IReadOnlyCollection<string>? types) => types is { Count: > 0 } ? "," + string.Join(',', types) + "," : "";
}
