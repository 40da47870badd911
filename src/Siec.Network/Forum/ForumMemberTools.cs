using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Display;
using Siec.Cms.Core.Http;
using Siec.Cms.Core.Participation;
using Siec.Network.Common;

namespace Siec.Network.Forum;

/// <summary>
/// What a signed-in reader's forum pages add: forms (with the antiforgery token), following, unread markers (and
/// where the first unread reply is), moderator tools, and what a refused or previewed post left to show again.
/// </summary>
public sealed class ForumMemberTools(
    IAntiforgery antiforgery, ForumPosting posting, UserContentLinks links, ContentQuery query, SafeHtml safeHtml, ForumStats stats)
{
    /// <summary>Where an endpoint leaves a refused or previewed post for the page it shows again.</summary>
    public const string StateKey = "forum-state";

    public sealed record State(string? Error, string? Draft, string? Title, string? ReplyTo, bool Preview);

    public async Task<Dictionary<string, object?>> ModelAsync(HttpContext http, ContentItem item)
    {
        var user = http.User;
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var state = http.Items[StateKey] as State;
        var model = new Dictionary<string, object?> { ["SignedIn"] = userId is not null };
        if (userId is null)
        {
            return model;
        }

        var tokens = http.PrivateTokens(antiforgery);
        model["TokenName"] = tokens.FormFieldName;
        model["Token"] = tokens.RequestToken;
        model["UserName"] = user.Identity?.Name;
        model["CanTopic"] = await posting.CanPostAsync(user, ContentTypes.ForumTopic);
        model["CanReply"] = await posting.CanPostAsync(user, ContentTypes.ForumReply);
        model["IsModerator"] = await posting.IsModeratorAsync(user);
        model["Error"] = state?.Error;
        model["Draft"] = state?.Draft ?? await QuoteAsync(http);
        model["Title"] = state?.Title;
        model["ReplyTo"] = state?.ReplyTo ?? http.Request.Query["cytuj"].ToString();
        model["Preview"] = state is { Preview: true, Draft: { } draft } ? safeHtml.FromMarkdown(draft) : null;
        if ((bool)model["IsModerator"]!)
        {
            model["Categories"] = (await query.ByTypeAsync(ContentTypes.ForumCategory)).Select(c => new Dictionary<string, object?> { ["Id"] = c.ContentItemId, ["Name"] = c.DisplayText }).ToList();
        }

        return model;
    }

    /// <summary>The topics with activity after the user last read them (all, if never read).</summary>
    public async Task<HashSet<string>> UnreadAsync(string userId, IReadOnlyDictionary<string, DateTime?> lastActivity)
    {
        var read = (await links.ForUserAndItemsAsync(ForumLinks.Read, userId, lastActivity.Keys.ToList())).ToDictionary(l => l.ContentItemId, l => l.Utc);
        return lastActivity.Keys.Where(id => !read.TryGetValue(id, out var seen) || lastActivity[id] > seen).ToHashSet();
    }

    /// <summary>When the user last read the topic (null: never).</summary>
    public async Task<DateTime?> LastReadAsync(string userId, string topicId) => (await links.GetAsync(ForumLinks.Read, userId, topicId))?.Utc;

    /// <summary>
    /// Marks the topic read, unless the mark read at <paramref name="readBefore"/> is already after its last activity:
    /// opening an unchanged topic again writes nothing, so members reading at once do not queue for SQLite's one
    /// writer. Written on its own, not in a site transaction: reading changes no page, so it must not drop the shared
    /// page cache as committed changes do.
    /// </summary>
    public async Task MarkReadAsync(string userId, string topicId, DateTime? readBefore)
    {
        if (readBefore is null || await stats.ActivityAsync(topicId) is not { } activity || activity > readBefore)
        {
            await links.SetAsync(ForumLinks.Read, userId, topicId);
        }
    }

    public bool MayEdit(ClaimsPrincipal user, ContentItem post) => posting.MayEdit(user, post);

    /// <summary>"Quote" opens the form holding the quoted reply as a Markdown quote, signed with its author.</summary>
    private async Task<string?> QuoteAsync(HttpContext http) =>
        http.Request.Query["cytuj"].ToString() is { Length: > 0 } id && await query.GetAsync(id) is { ContentType: ContentTypes.ForumReply } quoted
            ? $"> **{quoted.Author}** napisał(a):\n" + string.Join('\n', (quoted.Part("MarkdownBodyPart")?["Markdown"]?.GetValue<string>() ?? "").Split('\n').Select(l => "> " + l)) + "\n\n"
            : null;
}
