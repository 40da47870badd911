using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Siec.Cms.Core.Text;

namespace Siec.Cms.Core.Search;

/// <summary>Builds the folded text the index stores, and the folded words a query looks for.</summary>
public static partial class SearchText
{
    private static readonly HashSet<string> TextKeys = ["Title", "Text", "Markdown", "Html", "TagNames"];

    /// <summary>The folded document of an item: its display text as the title, the text of its parts as the body.</summary>
    public static SearchDocument From(string contentItemId, string contentType, string? displayText, JsonObject content)
    {
        var body = new StringBuilder();
        Collect(content, body);
        return new SearchDocument(contentItemId, contentType, TextFolding.Fold(displayText ?? ""), TextFolding.Fold(body.ToString()));
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
