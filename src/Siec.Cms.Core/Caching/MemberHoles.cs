using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Siec.Cms.Core.Caching;

/// <summary>
/// A part of a reader page that is one member's own (their follow button): rendered for each request, also inside a
/// page rendered once for all members (<see cref="MemberPageRender"/>), where it stands as a placeholder until the
/// page is served. A module registers one per kind of part.
/// </summary>
public interface IMemberHole
{
    string Kind { get; }

    /// <returns>The part's HTML for the request's member.</returns>
    Task<string> RenderAsync(HttpContext http, string argument);
}

/// <summary>A hole of a shared page: which kind of part, for what (an item's id).</summary>
public sealed record MemberHole(string Kind, string Argument);

public static class MemberHoles
{
    /// <summary>The member's own part: its placeholder while the page is rendered for all members, else the part itself.</summary>
    public static async Task<string> RenderAsync(HttpContext http, string kind, string argument) =>
        http.SharedRender() is { } shared ? shared.Hole(new MemberHole(kind, argument)) : await Find(http, kind).RenderAsync(http, argument);

    /// <summary>
    /// The page with each hole's placeholder replaced by the part rendered for this request's member, passed through
    /// <paramref name="rewrite"/> as the page around it was (a network's path put in its links).
    /// </summary>
    public static async Task<string> FillAsync(HttpContext http, string page, string nonce, IReadOnlyList<MemberHole> holes, Func<string, string> rewrite)
    {
        for (var i = 0; i < holes.Count; i++)
        {
            var part = rewrite(await Find(http, holes[i].Kind).RenderAsync(http, holes[i].Argument));
            page = page.Replace(MemberPageRender.PlaceholderOfHole(nonce, i), part, StringComparison.Ordinal);
        }

        return page;
    }

    private static IMemberHole Find(HttpContext http, string kind) =>
        http.RequestServices.GetServices<IMemberHole>().FirstOrDefault(h => h.Kind == kind)
        ?? throw new InvalidOperationException($"No member hole of kind '{kind}' is registered.");
}
