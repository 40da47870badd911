using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Security;
using Siec.Network.Common;

namespace Siec.Network.Forum;

/// <summary>
/// Members writing on the forum from the public site: new topics, replies (quoting another), and editing their own
/// post for a while. A member's first posts wait for a moderator; a locked topic refuses replies.
/// </summary>
public sealed class ForumPosting(
    ContentManager content, ContentQuery query, PermissionChecker permissions, Transactions transactions, ForumNotifications notifications, IClock clock, IOptions<ForumOptions> options)
{
    public sealed record Outcome(ContentItem? Post, string? Error, bool AwaitsApproval = false);

    public Task<Outcome> StartTopicAsync(ClaimsPrincipal user, ForumPost post) => SendAsync(user, post, ContentTypes.ForumTopic, ContentTypes.ForumCategory);

    public Task<Outcome> ReplyAsync(ClaimsPrincipal user, ForumPost post) => SendAsync(user, post with { Title = null }, ContentTypes.ForumReply, ContentTypes.ForumTopic);

    /// <summary>May the user post this type at all (as their own)?</summary>
    public async Task<bool> CanPostAsync(ClaimsPrincipal user, string type) =>
        user.Identity?.IsAuthenticated == true && await permissions.CanAsync(user, "Edit", type);

    /// <summary>Moderators (those who may publish anyone's topics) see hidden posts and act on them.</summary>
    public Task<bool> IsModeratorAsync(ClaimsPrincipal user) => permissions.CanForAnyOwnerAsync(user, "Publish", ContentTypes.ForumReply);

    public bool MayEdit(ClaimsPrincipal user, ContentItem post) => MayEdit(user, post.Owner, post.CreatedUtc);

    /// <summary>Authors may correct their own post for a while after writing it.</summary>
    public bool MayEdit(ClaimsPrincipal user, string? owner, DateTime? created) =>
        owner is not null && owner == Id(user) && created is { } at && clock.UtcNow - at <= TimeSpan.FromMinutes(options.Value.EditMinutes);

    public async Task<Outcome> EditAsync(ClaimsPrincipal user, string postId, string markdown)
    {
        var post = await query.GetAsync(postId, VersionOptions.Latest);
        if (post is null || post.ContentType is not (ContentTypes.ForumTopic or ContentTypes.ForumReply))
        {
            return new Outcome(null, "Nie ma takiego wpisu.");
        }

        if (!MayEdit(user, post))
        {
            return new Outcome(post, $"Własny wpis można poprawić tylko przez {options.Value.EditMinutes} minut od jego dodania.");
        }

        if (new ForumPost(postId, null, markdown).Problem() is { } problem)
        {
            return new Outcome(post, problem);
        }

        post.GetOrCreatePart("MarkdownBodyPart")["Markdown"] = markdown;
        post.GetOrCreatePart(post.ContentType)["EditedUtc"] = ContentItemJson.FormatDate(clock.UtcNow);
        return await SaveAsync(post, publish: post.Published, isNew: false);
    }

    private async Task<Outcome> SendAsync(ClaimsPrincipal user, ForumPost post, string type, string parentType)
    {
        if (post.Problem() is { } problem)
        {
            return new Outcome(null, problem);
        }

        var parent = await query.GetAsync(post.ParentId);
        if (parent?.ContentType != parentType)
        {
            return new Outcome(null, parentType == ContentTypes.ForumTopic ? "Nie ma takiego tematu." : "Nie ma takiej kategorii.");
        }

        if (!await CanPostAsync(user, type))
        {
            return new Outcome(null, "Aby pisać na forum, zaloguj się jako członek sieci.");
        }

        var item = await content.NewAsync(type);
        item.Owner = Id(user);
        item.ContainerId = parent.ContentItemId;
        item.ContainerType = parentType;
        item.GetOrCreatePart("MarkdownBodyPart")["Markdown"] = post.Markdown;
        if (post.Title is not null)
        {
            item.DisplayText = post.Title.Trim();
            item.Title = item.DisplayText;
            item.GetOrCreatePart(ContentTypes.ForumTopic)["ThematicAreas"] = parent.Part(ContentTypes.ForumCategory)?["ThematicAreas"]?.DeepClone();
        }

        if (post.ReplyTo is { Length: > 0 } replyTo && await query.GetAsync(replyTo) is { ContentType: ContentTypes.ForumReply } quoted
            && quoted.ContainerId == parent.ContentItemId)
        {
            item.GetOrCreatePart(ContentTypes.ForumReply)["ReplyTo"] = new JsonObject { ["ContentItemIds"] = new JsonArray(quoted.ContentItemId) };
        }

        var trusted = await permissions.CanAsync(user, "Publish", type, item) && (await IsModeratorAsync(user) || await PublishedPostsAsync(item.Owner!) >= options.Value.PostsAwaitingApproval);
        return await SaveAsync(item, publish: trusted, isNew: true);
    }

    private async Task<Outcome> SaveAsync(ContentItem item, bool publish, bool isNew)
    {
        try
        {
            await transactions.RunAsync(async () =>
            {
                if (publish)
                {
                    await (isNew ? content.CreateAsync(item, publish: true) : content.PublishAsync(item));
                }
                else if (isNew)
                {
                    await content.SubmitForReviewAsync(item, isNew: true);
                    await notifications.AwaitingApprovalAsync(item);
                }
                else
                {
                    await content.SaveDraftAsync(item);
                }
            });
            return new Outcome(item, null, !publish);
        }
        catch (ContentValidationException e)
        {
            return new Outcome(item, string.Join(" ", e.Errors.Select(x => x.Message)));
        }
        catch (ContentConflictException)
        {
            return new Outcome(item, "Wpis zmienił się w międzyczasie. Odśwież stronę i spróbuj ponownie.");
        }
    }

    private async Task<int> PublishedPostsAsync(string owner) =>
        (await query.LatestAsync(new ContentListQuery { OwnTypes = [ContentTypes.ForumTopic, ContentTypes.ForumReply], Owner = owner, Status = "published" }, 0, 0)).Total;

    private static string? Id(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);
}
