using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Siec.Cms.Core.Caching;
using Siec.Cms.Core.Display;
using Siec.Cms.Core.Participation;

namespace Siec.Network.Forum;

/// <summary>
/// A member's unread markers (<c>_Unread</c>) and read marks: what is new to them in a category, a topic or a reply,
/// their own parts of forum pages otherwise the same for every member (<see cref="MemberHoles"/>). A page's markers are
/// rendered together from one read of the member's marks, and opening a topic marks it read after its markers were
/// worked out, so the replies new to the member stay marked on the page that shows them.
/// </summary>
public sealed class UnreadMarkers(UserContentLinks links, ForumStats stats, ContentDisplay display) : IMemberHole
{
    private const string HoleKind = "forum-unread";

    private readonly Dictionary<string, string> _shown = [];

    public string Kind => HoleKind;

    /// <summary>How a marker shows on a page: a badge on a category, a topic or a reply; a class; a link's query.</summary>
    public static class Forms
    {
        public const string Category = "category";
        public const string Topic = "topic";
        public const string Reply = "reply";
        public const string Class = "class";
        public const string Link = "link";

        /// <summary>Not a marker: marks the topic read for the member (<see cref="MarkReadAsync"/>).</summary>
        public const string Read = "read";
    }

    /// <summary>
    /// The marker in <paramref name="form"/> for something in the topic (the category, for <see cref="Forms.Category"/>)
    /// that happened at <paramref name="time"/>: shown when the member has not read the topic since. Null for a reader.
    /// </summary>
    public async Task<string?> ForAsync(HttpContext http, string form, string id, DateTime? time = null)
    {
        if (http.User.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var shown = form is Forms.Read ? "" : _shown.TryGetValue(form, out var html) ? html : _shown[form] = await display.RenderPartialAsync("_Unread", new Dictionary<string, object?> { ["form"] = form });
        return await MemberHoles.RenderAsync(http, HoleKind, HoleArguments.Write(form, id, (time ?? DateTime.MinValue).Ticks.ToString(CultureInfo.InvariantCulture), shown));
    }

    /// <summary>
    /// Marks the topic read for the member on every visit, also to a page shared by members: a hole with no place in
    /// the page, rendered (to nothing) with the page's markers, after them. <paramref name="activity"/> is when anything
    /// last happened in the topic (a new reply evicts the page that holds it).
    /// </summary>
    public Task MarkReadAsync(HttpContext http, string topicId, DateTime? activity) => ForAsync(http, Forms.Read, topicId, activity);

    public IEnumerable<(string Kind, string ContentItemId)> LinksOf(string argument) =>
        Marker.Parse(argument) is { Form: not Forms.Category } marker ? [(ForumLinks.Read, marker.Id)] : [];

    public async Task<string> RenderAsync(HttpContext http, string argument) => (await RenderAllAsync(http, [argument]))[0];

    public async Task<IReadOnlyList<string>> RenderAllAsync(HttpContext http, IReadOnlyList<string> arguments)
    {
        var markers = arguments.Select(Marker.Parse).ToList();
        if (http.User.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
        {
            return markers.Select(_ => "").ToList();
        }

        var topicIds = markers.Where(m => m.Form is not Forms.Category).Select(m => m.Id).Distinct().ToList();
        var readUntil = topicIds.Count == 0 ? [] : (await links.ForUserAndItemsAsync(ForumLinks.Read, userId, topicIds)).ToDictionary(l => l.ContentItemId, l => (DateTime?)l.Utc);
        var categoryIds = markers.Where(m => m.Form is Forms.Category).Select(m => m.Id).Distinct().ToList();
        var unreadCategories = categoryIds.Count == 0 ? [] : await stats.UnreadCategoriesAsync(categoryIds, userId);

        // Newer than the member's read mark of its topic (or the topic never read).
        bool New(Marker marker) => readUntil.GetValueOrDefault(marker.Id) is not { } seen || marker.Time > seen;
        var parts = markers.Select(marker => marker.Form switch
        {
            Forms.Read => false,
            Forms.Category => unreadCategories.Contains(marker.Id),
            _ => New(marker),
        } ? marker.Shown : "").ToList();

        // Opening an unchanged topic again writes nothing, so members reading at once do not queue for SQLite's one
        // writer. Written on its own, not in a site transaction: reading changes no page, so it must not evict any.
        foreach (var read in markers.Where(m => m.Form is Forms.Read).DistinctBy(m => m.Id))
        {
            if (New(read) || read.Time == DateTime.MinValue)
            {
                await links.SetAsync(ForumLinks.Read, userId, read.Id);
            }
        }

        return parts;
    }

    /// <summary>When the user last read the topic (null: never).</summary>
    public async Task<DateTime?> LastReadAsync(string userId, string topicId) => (await links.GetAsync(ForumLinks.Read, userId, topicId))?.Utc;

    /// <param name="Shown">The marker as the page shows it (rendered with the page).</param>
    private sealed record Marker(string Form, string Id, DateTime Time, string Shown)
    {
        public static Marker Parse(string argument) => HoleArguments.Read(argument) is [var form, var id, var ticks, var shown]
            ? new Marker(form, id, new DateTime(long.Parse(ticks, CultureInfo.InvariantCulture), DateTimeKind.Utc), shown)
            : throw new FormatException($"Not an unread marker: '{argument}'.");
    }
}
