using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Siec.Cms.Core.Participation;

namespace Siec.Cms.Core.Caching;

/// <summary>
/// A part of a reader page that is one member's own (their follow button, unread markers): rendered for each request,
/// also inside a page rendered once for all members (<see cref="MemberPageRender"/>), where it stands as a placeholder
/// until the page is served. A module registers one per kind of part. A hole need not be placed in the page: it is
/// rendered for every request all the same (a topic's read mark, which renders nothing).
/// </summary>
public interface IMemberHole
{
    string Kind { get; }

    /// <returns>The part's HTML for the request's member.</returns>
    Task<string> RenderAsync(HttpContext http, string argument);

    /// <summary>
    /// The member's links (<see cref="UserContentLinks"/>) the part reads: a page's parts read theirs in one query.
    /// </summary>
    IEnumerable<(string Kind, string ContentItemId)> LinksOf(string argument) => [];

    /// <summary>
    /// All of a page's parts of this kind, in the order given: a kind that reads the same rows for each (the unread
    /// markers of a page's topics) reads them once here.
    /// </summary>
    async Task<IReadOnlyList<string>> RenderAllAsync(HttpContext http, IReadOnlyList<string> arguments)
    {
        var parts = new List<string>(arguments.Count);
        foreach (var argument in arguments)
        {
            parts.Add(await RenderAsync(http, argument));
        }

        return parts;
    }
}

/// <summary>A hole of a shared page: which kind of part, for what (an item's id).</summary>
public sealed record MemberHole(string Kind, string Argument);

public static class MemberHoles
{
    /// <summary>The member's own part: its placeholder while the page is rendered for all members, else the part itself.</summary>
    public static async Task<string> RenderAsync(HttpContext http, string kind, string argument) =>
        http.SharedRender() is { } shared ? shared.Hole(new MemberHole(kind, argument)) : await Find(Registered(http), kind).RenderAsync(http, argument);

    /// <summary>
    /// The parts for this request's member of every hole of a page, by kind (each kind's holes rendered together, in the
    /// order of the page), each passed through <paramref name="rewrite"/> as the page around it was (a network's path
    /// put in its links).
    /// </summary>
    public static async Task<string[]> RenderAllAsync(HttpContext http, IReadOnlyList<MemberHole> holes, Func<string, string> rewrite)
    {
        var parts = new string[holes.Count];
        var kinds = Registered(http);
        var links = holes.SelectMany(h => Find(kinds, h.Kind).LinksOf(h.Argument)).Distinct().ToList();
        if (links.Count > 0 && http.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId)
        {
            await http.RequestServices.GetRequiredService<UserContentLinks>().PreloadAsync(userId, links);
        }

        foreach (var kind in holes.Select((hole, index) => (hole, index)).GroupBy(h => h.hole.Kind))
        {
            var rendered = await Find(kinds, kind.Key).RenderAllAsync(http, kind.Select(h => h.hole.Argument).ToList());
            foreach (var ((_, index), part) in kind.Zip(rendered))
            {
                parts[index] = rewrite(part);
            }
        }

        return parts;
    }

    /// <summary>
    /// The page with each of the render's placeholders (<see cref="MemberPageRender"/>) replaced by what
    /// <paramref name="value"/> gives for its name (<c>name</c>, <c>token</c>, <c>hole3x</c>), in one pass over the page.
    /// </summary>
    public static string Fill(string page, string nonce, Func<string, string> value)
    {
        var pieces = Split(page, nonce);
        if (pieces.Count == 1)
        {
            return page;
        }

        var filled = new StringBuilder(page.Length + 4096);
        for (var i = 0; i < pieces.Count; i++)
        {
            filled.Append(i % 2 == 0 ? pieces[i] : value(pieces[i]));
        }

        return filled.ToString();
    }

    /// <summary>The page cut at the render's placeholders: its text and the placeholders' names in turn, text first and last.</summary>
    public static List<string> Split(string page, string nonce)
    {
        var pieces = new List<string>();
        var done = 0;
        for (var next = page.IndexOf(nonce, StringComparison.Ordinal); next >= 0; next = page.IndexOf(nonce, done, StringComparison.Ordinal))
        {
            var nameStart = next + nonce.Length;
            var nameEnd = MemberPageRender.PlaceholderEnd(page, nameStart);
            pieces.Add(page[done..next]);
            pieces.Add(page[nameStart..nameEnd]);
            done = nameEnd;
        }

        pieces.Add(page[done..]);
        return pieces;
    }

    /// <summary>The kinds of holes, resolved once for all of a page's holes.</summary>
    private static IMemberHole[] Registered(HttpContext http) => [.. http.RequestServices.GetServices<IMemberHole>()];

    private static IMemberHole Find(IMemberHole[] registered, string kind) =>
        registered.FirstOrDefault(h => h.Kind == kind) ?? throw new InvalidOperationException($"No member hole of kind '{kind}' is registered.");
}

/// <summary>
/// A hole's argument as a list of strings: what the part is for, and the renderings made with the page that the part
/// chooses from for each member (so a member's request reads their data and renders no template).
/// </summary>
public static class HoleArguments
{
    public static string Write(params string[] values) => JsonSerializer.Serialize(values);

    public static string[] Read(string argument) => JsonSerializer.Deserialize<string[]>(argument) ?? [];
}
