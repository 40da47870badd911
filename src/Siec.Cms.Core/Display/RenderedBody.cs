namespace Siec.Cms.Core.Display;

/// <summary>
/// A page's main content and what it put into the layout's zones: a template fills a zone by capturing into a
/// variable of that name, e.g. <c>{% capture Aside %}...{% endcapture %}</c>.
/// </summary>
public sealed record RenderedBody(string Html, IReadOnlyDictionary<string, string> Zones)
{
    public static readonly IReadOnlyList<string> ZoneNames = ["Header", "Navigation", "Aside", "Footer"];
}
