using System.Security.Claims;
using System.Text.Json.Nodes;
using Siec.Cms.Core.Auditing;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Participation;
using Siec.Network.Common;

namespace Siec.Network.Forum;

/// <summary>
/// Moderators act on topics and replies from the public site: pin, lock, move, hide, delete or approve, each
/// recorded in the audit trail with who, when and why. Members report posts into the moderators' queue.
/// </summary>
public sealed class ForumModeration(
    ContentManager content, ContentQuery query, ForumPosting posting, UserContentLinks links, Transactions transactions, AuditTrail audit)
{
    public static readonly IReadOnlyDictionary<string, string> Actions = new Dictionary<string, string>
    {
        ["przypnij"] = "przypięcie", ["odepnij"] = "odpięcie", ["zamknij"] = "zamknięcie", ["otworz"] = "otwarcie",
        ["przenies"] = "przeniesienie", ["ukryj"] = "ukrycie", ["usun"] = "usunięcie", ["zatwierdz"] = "zatwierdzenie",
    };

    private static readonly HashSet<string> NeedReason = ["zamknij", "przenies", "ukryj", "usun"];

    /// <returns>A Polish message when refused, else null.</returns>
    public async Task<string?> ActAsync(ClaimsPrincipal user, string id, string action, string? reason, string? target)
    {
        if (!await posting.IsModeratorAsync(user))
        {
            return "Tylko moderatorzy mogą to zrobić.";
        }

        var post = await query.GetAsync(id, VersionOptions.Latest);
        if (post?.ContentType is not (ContentTypes.ForumTopic or ContentTypes.ForumReply) || !Actions.ContainsKey(action))
        {
            return "Nie ma takiego wpisu albo takiej czynności.";
        }

        reason = reason?.Trim();
        if (NeedReason.Contains(action) && string.IsNullOrEmpty(reason))
        {
            return "Podaj powód – zostanie zapisany w dzienniku moderacji.";
        }

        if (action is "przypnij" or "odepnij" or "zamknij" or "otworz" or "przenies" && post.ContentType != ContentTypes.ForumTopic)
        {
            return "Przypiąć, zamknąć i przenieść można tylko temat.";
        }

        if (action == "przenies" && (target is null || await query.GetAsync(target) is not { ContentType: ContentTypes.ForumCategory }))
        {
            return "Wybierz kategorię, do której przenieść temat.";
        }

        await transactions.RunAsync(async () =>
        {
            switch (action)
            {
                case "przypnij" or "odepnij":
                    post.GetOrCreatePart(ContentTypes.ForumTopic)["Pinned"] = new JsonObject { ["Value"] = action == "przypnij" };
                    await content.PublishAsync(post);
                    break;
                case "zamknij" or "otworz":
                    post.GetOrCreatePart(ContentTypes.ForumTopic)["Locked"] = new JsonObject { ["Value"] = action == "zamknij" };
                    await content.PublishAsync(post);
                    break;
                case "przenies":
                    post.ContainerId = target;
                    await content.PublishAsync(post);
                    break;
                case "ukryj":
                    await content.UnpublishAsync(post.ContentItemId);
                    break;
                case "usun":
                    await content.DeleteAsync(post.ContentItemId);
                    break;
                case "zatwierdz":
                    await content.PublishAsync(post);
                    break;
            }

            await audit.RecordAsync(post, "moderation:" + Actions[action], reason);
        });
        return null;
    }

    public async Task<string?> ReportAsync(ClaimsPrincipal user, string id, string? reason)
    {
        if (user.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
        {
            return "Aby zgłosić wpis, zaloguj się.";
        }

        if (await query.GetAsync(id) is not { ContentType: ContentTypes.ForumTopic or ContentTypes.ForumReply })
        {
            return "Nie ma takiego wpisu.";
        }

        reason = reason?.Trim();
        if (string.IsNullOrEmpty(reason) || reason.Length > 1000)
        {
            return "Napisz krótko (do 1000 znaków), co jest nie tak z tym wpisem.";
        }

        await transactions.RunAsync(() => links.SetAsync(ForumLinks.Report, userId, id, reason));
        return null;
    }
}
