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
public sealed class SafeHtml(IResponsiveImages images)
{
    private const int MaxEntries = 20_000;

    /// <summary>What every id in rendered content starts with (a heading's anchor), never an id of the page itself.</summary>
    public const string ContentIdPrefix = "tresc-";
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();
    private readonly ConcurrentDictionary<string, string> _rendered = new(StringComparer.Ordinal);
    private readonly HtmlSanitizer _sanitizer = CreateSanitizer(images);

    /// <summary>The text of Markdown without its marks, for a summary.</summary>
    public string PlainText(string? markdown) => string.Join(' ', Markdown.ToPlainText(markdown ?? "", Pipeline).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

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

    private static HtmlSanitizer CreateSanitizer(IResponsiveImages images)
    {
        var sanitizer = new HtmlSanitizer();
        // No inline style (a post must not lay itself over the page: position, z-index) and no name; ids only on
        // headings, under a prefix, so a post cannot clobber the page's own elements (DOM clobbering).
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedAttributes.Remove("name");
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is not AngleSharp.Dom.IElement element)
            {
                return;
            }

            if (element.GetAttribute("id") is { } id)
            {
                if (element.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6")
                {
                    element.SetAttribute("id", ContentIdPrefix + id);
                }
                else
                {
                    element.RemoveAttribute("id");
                }
            }

            if (element.LocalName == "img")
            {
                // Only the site's own widths of its own pictures; a post's own srcset could name any address.
                element.RemoveAttribute("srcset");
                if (element.GetAttribute("src") is { } src && images.SrcSet(src) is { } srcset)
                {
                    element.SetAttribute("srcset", srcset);
                    element.SetAttribute("sizes", "(max-width: 50rem) 100vw, 50rem");
                    element.SetAttribute("loading", "lazy");
                }
            }

            if (element.LocalName == "a" && element.GetAttribute("href") is ['#', .. var fragment] && fragment.Length > 0)
            {
                element.SetAttribute("href", "#" + ContentIdPrefix + fragment);
            }
        };
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
