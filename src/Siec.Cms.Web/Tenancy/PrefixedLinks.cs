using System.Text.RegularExpressions;
using Siec.Cms.Core.Tenancy;

namespace Siec.Cms.Web.Tenancy;

/// <summary>
/// Serves a network on a path prefix (<c>/sieci/biblioteki</c>) with links that stay inside it. Templates, pages,
/// menus and editors' content write links for the root of a host (<c>/forum</c>, <c>/media/plan.pdf</c>), so the same
/// content works on a network's own host and moves between networks unchanged; here the HTML of a page and the
/// Location of a redirect get the prefix, the way a reverse proxy serving an application under a path does.
/// Links ASP.NET makes itself already have it (the request's path base), the platform's own addresses
/// (<c>/sieci…</c>) and the assets every network shares (<c>/theme/</c>, <c>/admin-assets/</c>) are left alone.
/// </summary>
public static partial class PrefixedLinks
{
    private static readonly string[] SharedRoots = ["/theme/", "/admin-assets/"];

    /// <summary>Gives the redirects of <paramref name="context"/> the prefix (its pages get it from <see cref="PrefixedPages"/>).</summary>
    public static void RedirectUnder(HttpContext context, string prefix) =>
        context.Response.OnStarting(() =>
        {
            if (context.Response.Headers.Location is [{ } location])
            {
                context.Response.Headers.Location = Prefixed(location, prefix);
            }

            return Task.CompletedTask;
        });

    /// <summary>The HTML with every root-relative link of an <c>href</c>, <c>src</c>, <c>action</c>, <c>formaction</c>, <c>poster</c> or <c>data-*</c> attribute under the prefix.</summary>
    public static string Rewrite(string html, string prefix) =>
        LinkAttribute().Replace(html, m => m.Groups["head"].Value + Prefixed(m.Groups["url"].Value, prefix) + m.Groups["quote"].Value);

    public static string Prefixed(string url, string prefix) =>
        !url.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal) || url.StartsWith("/\\", StringComparison.Ordinal)
        || IsUnder(url, TenantSettings.PrefixRoot) || SharedRoots.Any(r => url.StartsWith(r, StringComparison.OrdinalIgnoreCase))
            ? url
            : prefix + url;

    private static bool IsUnder(string url, string root) =>
        url.StartsWith(root, StringComparison.OrdinalIgnoreCase) && (url.Length == root.Length || url[root.Length] is '/' or '?' or '#');

    [GeneratedRegex("""(?<head>\s(?:href|src|action|formaction|poster|data-[a-z0-9-]+)\s*=\s*(?<quote>["']))(?<url>/[^"'\s>]*)\k<quote>""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkAttribute();
}
