using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.ContentManagement.Handlers;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Mail;
using Siec.Cms.Core.Participation;
using Siec.Network.Common;
using Siec.Network.Taxonomies;
using Siec.Network.Members;
using Siec.Cms.Core.Http;

namespace Siec.Network.Forum;

/// <summary>
/// When a forum post or a blog post is first published: followers of its topic, category or blog are mailed at
/// once or put in their daily digest (as their profile says), and @mentioned members are told; never the author.
/// </summary>
public sealed partial class ForumNotifications(
    ContentQuery query, UserContentLinks links, MailOutbox outbox, UserManager<IdentityUser> users, PublicAddress address, DocumentStore documents) : IContentHandler
{
    public async Task FirstPublishedAsync(ContentItem item)
    {
        if (item.ContentType is not (ContentTypes.ForumTopic or ContentTypes.ForumReply or ContentTypes.BlogPost or ContentTypes.Material))
        {
            return;
        }

        var watched = await WatchedAsync(item);
        var model = await ModelAsync(item);
        foreach (var follow in (await links.ForItemsAsync(ForumLinks.Follow, watched)).DistinctBy(f => f.UserId).Where(f => f.UserId != item.Owner))
        {
            var mode = await ModeAsync(follow.UserId);
            if (mode == EmailNotifications.Digest)
            {
                await links.SetAsync(ForumLinks.Digest, follow.UserId, item.ContentItemId);
            }
            else if (mode != EmailNotifications.None && await users.FindByIdAsync(follow.UserId) is { Email: { } email } user)
            {
                model["UserName"] = user.UserName;
                var unsubscribe = $"{model["BaseUrl"]}/obserwuj/wypisz/{follow.Token}";
                model["Unsubscribe"] = unsubscribe;
                await outbox.EnqueueAsync("ForumNewPost", email, model, $"post:{item.ContentItemId}:{user.Id}", user.Id, listUnsubscribe: unsubscribe);
            }
        }

        foreach (var name in Mentions().Matches(item.Part("MarkdownBodyPart")?["Markdown"]?.GetValue<string>() ?? "").Select(m => m.Groups[1].Value).Distinct())
        {
            if (await users.FindByNameAsync(name) is { Email: { } email } mentioned && mentioned.Id != item.Owner)
            {
                model["UserName"] = mentioned.UserName;
                await outbox.EnqueueAsync("ForumMention", email, model, $"mention:{item.ContentItemId}:{mentioned.Id}", mentioned.Id);
            }
        }
    }

    /// <summary>Tells the coordinator that a member's post waits for approval.</summary>
    public async Task AwaitingApprovalAsync(ContentItem item)
    {
        if (await Coordinator.EmailAsync(documents) is { } coordinator)
        {
            var model = await ModelAsync(item);
            model["ReviewLink"] = $"{model["BaseUrl"]}/Admin/Review";
            await outbox.EnqueueAsync("ForumAwaitingApproval", coordinator, model, $"forum-waiting:{item.ContentItemId}");
        }
    }

    /// <summary>A post, as mail templates see it: title, author, text, and the address of the page it is on.</summary>
    public async Task<Dictionary<string, object?>> ModelAsync(ContentItem item)
    {
        var baseUrl = await address.BaseUrlAsync();
        var topic = item.ContentType == ContentTypes.ForumReply && item.ContainerId is { } topicId
            ? await query.GetAsync(topicId, VersionOptions.Latest) : null;
        return new Dictionary<string, object?>
        {
            ["Title"] = topic?.DisplayText ?? item.DisplayText,
            ["Author"] = item.Author,
            ["Text"] = item.Part("MarkdownBodyPart")?["Markdown"]?.GetValue<string>(),
            ["Link"] = baseUrl + (topic ?? item).Url + (topic is null ? "" : $"#odpowiedz-{item.ContentItemId}"),
            ["BaseUrl"] = baseUrl,
            ["IsReply"] = topic is not null,
            ["IsMaterial"] = item.ContentType == ContentTypes.Material,
        };
    }

    /// <summary>
    /// What a new post is "in": a reply its topic and category; a topic its category; a blog post its blog; a
    /// material the library and its thematic areas.
    /// </summary>
    private async Task<List<string>> WatchedAsync(ContentItem item)
    {
        if (item.ContentType == ContentTypes.Material)
        {
            return [FollowTargets.Library, .. ThematicAreas.IdsOf(item, ContentTypes.Material)];
        }

        var watched = new List<string>();
        var parent = item.ContainerId;
        while (parent is not null && watched.Count < 3)
        {
            watched.Add(parent);
            parent = (await query.GetAsync(parent, VersionOptions.Latest))?.ContainerId;
        }

        return watched;
    }

    private async Task<string> ModeAsync(string userId) =>
        (await query.OwnedAsync(ContentTypes.MemberProfile, userId))
            ?.Part(ContentTypes.MemberProfile)?["EmailNotifications"]?["Text"]?.GetValue<string>() ?? EmailNotifications.EachPost;

    [GeneratedRegex(@"(?<![\w@])@([A-Za-z0-9][A-Za-z0-9._-]{1,60}[A-Za-z0-9])")]
    private static partial Regex Mentions();
}
