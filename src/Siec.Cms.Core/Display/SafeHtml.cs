using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Ganss.Xss;
using Markdig;

namespace Siec.Cms.Core.Display;

/// <summary>
/// Markdown and untrusted HTML turned into safe HTML once per distinct text: a version's text never changes, so
/// each is rendered and sanitised once and then served from memory, not on every request.
/// </summary>
public sealed class SafeHtml
{
    private const int MaxEntries = 20_000;
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();
    private readonly ConcurrentDictionary<string, string> _rendered = new(StringComparer.Ordinal);
    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    public string FromMarkdown(string? markdown) => Render("md:", markdown, text => _sanitizer.Sanitize(Markdown.ToHtml(text, Pipeline)));

    public string FromHtml(string? html) => Render("html:", html, text => _sanitizer.Sanitize(text));

    private string Render(string kind, string? text, Func<string, string> render)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var key = kind + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        if (_rendered.TryGetValue(key, out var html))
        {
            return html;
        }

        html = render(text);
        if (_rendered.Count >= MaxEntries)
        {
            _rendered.Clear();
        }

        _rendered[key] = html;
        return html;
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedTags.Remove("form");
        sanitizer.AllowedTags.Remove("input");
        sanitizer.AllowedTags.Remove("button");
        // Images only from the site's own media: no tracking pixels or hot-linked pictures in posts.
        sanitizer.FilterUrl += (_, e) =>
        {
            if (e.Tag.TagName.Equals("img", StringComparison.OrdinalIgnoreCase) && !(e.OriginalUrl ?? "").StartsWith("/media/", StringComparison.Ordinal))
            {
                e.SanitizedUrl = null;
            }
        };
        return sanitizer;
    }
}
