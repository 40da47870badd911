using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Display;
using Siec.Cms.Core.Http;
using Siec.Network.Common;

namespace Siec.Network.Forum;

/// <summary>
/// What a signed-in reader's forum pages add: forms (with the antiforgery token, or its placeholder in a page rendered
/// for every member of the reader's roles), moderator tools, and what a refused or previewed post left to show again.
/// </summary>
public sealed class ForumMemberTools(
    IAntiforgery antiforgery, ForumPosting posting, ContentQuery query, SafeHtml safeHtml)
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

        (model["TokenName"], model["Token"]) = http.MemberFormToken(antiforgery);
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

    /// <summary>"Quote" opens the form holding the quoted reply as a Markdown quote, signed with its author.</summary>
    private async Task<string?> QuoteAsync(HttpContext http) =>
        http.Request.Query["cytuj"].ToString() is { Length: > 0 } id && await query.GetAsync(id) is { ContentType: ContentTypes.ForumReply } quoted
            ? $"> **{quoted.Author}** napisał(a):\n" + string.Join('\n', (quoted.Part("MarkdownBodyPart")?["Markdown"]?.GetValue<string>() ?? "").Split('\n').Select(l => "> " + l)) + "\n\n"
            : null;
}
