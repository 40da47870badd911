using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Siec.Cms.Core.ContentManagement;
using Siec.Network.Common;
using Siec.Network.Site;

namespace Siec.Network.Forum;

/// <summary>
/// What signed-in members do on the forum: start topics, reply, edit, moderate and report. Every post checks its
/// antiforgery token; a refused one shows the page again with the text kept.
/// </summary>
public static class ForumEndpoints
{
    public const string PostingRateLimit = "forum-post";

    public static IEndpointRouteBuilder MapForum(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/forum/wpis", PostAsync).RequireRateLimiting(PostingRateLimit).DisableAntiforgery();
        routes.MapPost("/forum/edytuj", EditAsync).DisableAntiforgery();
        routes.MapPost("/forum/moderuj", ModerateAsync).DisableAntiforgery();
        routes.MapPost("/forum/zglos", ReportAsync).DisableAntiforgery();
        routes.MapFollowing();
        return routes;
    }

    private static async Task<IResult> PostAsync(HttpContext http, ForumPosting posting, ContentQuery query, IAntiforgery antiforgery)
    {
        if (await MemberPosts.RefusedAsync(http, antiforgery) is { } refused)
        {
            return refused;
        }

        var form = await http.Request.ReadFormAsync();
        var parent = await query.GetAsync(form["parent"].ToString());
        var title = form.ContainsKey("tytul") ? form["tytul"].ToString() : null;
        var post = new ForumPost(form["parent"].ToString(), title, form["tresc"].ToString().Replace("\r\n", "\n", StringComparison.Ordinal), form["cytat"].ToString());
        if (parent is null)
        {
            return Results.NotFound();
        }

        if (form["akcja"] == "podglad")
        {
            return await AgainAsync(http, parent, new ForumMemberTools.State(post.Problem(), post.Markdown, title, post.ReplyTo, Preview: true), 200);
        }

        var outcome = title is null ? await posting.ReplyAsync(http.User, post) : await posting.StartTopicAsync(http.User, post);
        if (outcome.Error is not null)
        {
            return await AgainAsync(http, parent, new ForumMemberTools.State(outcome.Error, post.Markdown, title, post.ReplyTo, Preview: false), 400);
        }

        var item = outcome.Post!;
        var waiting = outcome.AwaitsApproval ? "czeka=1" : null;
        return Results.Redirect(title is null
            ? PathOf(parent) + "?" + (waiting ?? "nowe=1") + $"#odpowiedz-{item.ContentItemId}"
            : PathOf(outcome.AwaitsApproval ? parent : item) + (waiting is null ? "" : "?" + waiting));
    }

    private static async Task<IResult> EditAsync(HttpContext http, ForumPosting posting, ContentQuery query, IAntiforgery antiforgery)
    {
        if (await MemberPosts.RefusedAsync(http, antiforgery) is { } refused)
        {
            return refused;
        }

        var form = await http.Request.ReadFormAsync();
        var outcome = await posting.EditAsync(http.User, form["id"].ToString(), form["tresc"].ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
        var page = outcome.Post is { ContentType: ContentTypes.ForumReply } reply ? await ParentAsync(query, reply) : outcome.Post;
        if (page is null)
        {
            return Results.NotFound();
        }

        return outcome.Error is null
            ? Results.Redirect(PathOf(page) + (outcome.Post!.ContentType == ContentTypes.ForumReply ? $"#odpowiedz-{outcome.Post.ContentItemId}" : ""))
            : await AgainAsync(http, page, new ForumMemberTools.State(outcome.Error, null, null, null, false), 400);
    }

    private static async Task<IResult> ModerateAsync(HttpContext http, ForumModeration moderation, ContentQuery query, IAntiforgery antiforgery)
    {
        if (await MemberPosts.RefusedAsync(http, antiforgery) is { } refused)
        {
            return refused;
        }

        var form = await http.Request.ReadFormAsync();
        var id = form["id"].ToString();
        var post = await query.GetAsync(id, VersionOptions.Latest);
        var page = post?.ContentType == ContentTypes.ForumReply ? await ParentAsync(query, post) : post?.ContentType == ContentTypes.ForumTopic ? post : null;
        var error = await moderation.ActAsync(http.User, id, form["akcja"].ToString(), form["powod"].ToString(), form["cel"].ToString());
        if (page is null)
        {
            return error is null ? Results.Redirect("/forum") : Results.NotFound();
        }

        if (error is not null)
        {
            return await AgainAsync(http, page, new ForumMemberTools.State(error, null, null, null, false), 400);
        }

        // A deleted topic has no page left: back to its category.
        return Results.Redirect(form["akcja"] == "usun" && post!.ContentType == ContentTypes.ForumTopic && await ParentAsync(query, post) is { } category ? PathOf(category) : PathOf(page));
    }

    private static async Task<IResult> ReportAsync(HttpContext http, ForumModeration moderation, ContentQuery query, IAntiforgery antiforgery)
    {
        if (await MemberPosts.RefusedAsync(http, antiforgery) is { } refused)
        {
            return refused;
        }

        var form = await http.Request.ReadFormAsync();
        var post = await query.GetAsync(form["id"].ToString());
        var page = post?.ContentType == ContentTypes.ForumReply ? await ParentAsync(query, post) : post;
        if (page is null)
        {
            return Results.NotFound();
        }

        var error = await moderation.ReportAsync(http.User, post!.ContentItemId, form["powod"].ToString());
        return error is null ? Results.Redirect(PathOf(page) + "?zgloszono=1") : await AgainAsync(http, page, new ForumMemberTools.State(error, null, null, null, false), 400);
    }

    private static async Task<IResult> AgainAsync(HttpContext http, ContentItem page, ForumMemberTools.State state, int status)
    {
        http.Items[ForumMemberTools.StateKey] = state;
        http.Items[SitePages.StatusKey] = status;
        return await ItemPage.ShowAgainAsync(http, PathOf(page));
    }

    private static async Task<ContentItem?> ParentAsync(ContentQuery query, ContentItem item) =>
        item.ContainerId is { } parentId ? await query.GetAsync(parentId, VersionOptions.Latest) : null;

    private static string PathOf(ContentItem item) => item.Url ?? "/";
}
