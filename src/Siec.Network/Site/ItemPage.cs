using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Display;
using Siec.Cms.Core.Forms;
using Siec.Cms.Core.Settings;
using Siec.Network.Members;
using Siec.Network.Forum;

namespace Siec.Network.Site;

/// <summary>Any published item by its path: a blog with its posts, a forum with its categories, a topic with its replies.</summary>
public static class ItemPage
{
    /// <summary>Shows the item at <paramref name="path"/> again, e.g. with a refused post and its message (see <see cref="SitePages.StatusKey"/>).</summary>
    public static Task<IResult> ShowAgainAsync(HttpContext http, string path)
    {
        var services = http.RequestServices;
        return ShowAsync(path, http, services.GetRequiredService<SitePages>(), services.GetRequiredService<ContentQuery>(), services.GetRequiredService<ContentLists>(),
            services.GetRequiredService<DocumentStore>(), services.GetRequiredService<Counters>(), services.GetRequiredService<FormView>(),
            services.GetRequiredService<ForumPage>(), services.GetRequiredService<WorkshopSignup>());
    }

    public static async Task<IResult> ShowAsync(
        string path, HttpContext http, SitePages pages, ContentQuery query, ContentLists lists, DocumentStore documents, Counters counters, FormView forms, ForumPage forum, WorkshopSignup workshops)
    {
        var item = await query.ByPathAsync(path.Trim('/'));
        if (item is null || (item.ContentType == MemberProfileMigrations.Type && !MembersPage.IsListed(item)))
        {
            return await pages.NotFoundAsync(http);
        }

        var pageSize = (await documents.GetAsync<SiteSettings>(SiteSettings.DocumentKey)).PageSize;
        var extra = new Dictionary<string, object?>();
        if (FormDefinition.IsForm(item))
        {
            extra["Form"] = forms.Model(http, FormDefinition.From(item));
        }

        switch (item.ContentType)
        {
            case "Blog":
                AddPaged(http, extra, "Posts", (await query.ContainedAsync(item.ContentItemId)).OrderByDescending(p => p.PublishedUtc), pageSize);
                await forum.AddMemberAsync(http, item, extra);
                break;
            case "BlogPost":
                await AddNeighboursAsync(item, query, extra);
                extra["Areas"] = await lists.AreasOfAsync(item, "BlogPost");
                break;
            case "Forum":
                await forum.AddForumAsync(http, item, extra);
                break;
            case "ForumCategory":
                await forum.AddCategoryAsync(http, item, extra, pageSize);
                break;
            case "ForumTopic" when await forum.AddTopicAsync(http, item, extra, pageSize) is { } redirect:
                return redirect;
            case "Material":
                extra["Areas"] = await lists.AreasOfAsync(item, "Material");
                extra["Downloads"] = await counters.GetAsync(MaterialsPage.DownloadCounter(item.ContentItemId));
                break;
            case "Workshop":
                extra["Areas"] = await lists.AreasOfAsync(item, "Workshop");
                extra["Materials"] = ContentLists.Model(await RelatedAsync(item, query));
                await workshops.AddRegistrationAsync(http, item, extra);
                break;
        }

        return await pages.ItemAsync(http, item, extra);
    }

    private static void AddPaged(HttpContext http, Dictionary<string, object?> extra, string name, IEnumerable<ContentItem> items, int pageSize)
    {
        var all = items.ToList();
        var pager = Pager.From(http, pageSize, all.Count);
        extra[name] = ContentLists.Model(pager.Slice(all));
        extra["Pager"] = pager.ToModel(http);
    }

    private static async Task AddNeighboursAsync(ContentItem post, ContentQuery query, Dictionary<string, object?> extra)
    {
        var blogId = post.Part("ContainedPart")?["ListContentItemId"]?.GetValue<string>();
        var posts = blogId is null ? [] : (await query.ContainedAsync(blogId)).OrderBy(p => p.PublishedUtc).ToList();
        var index = posts.FindIndex(p => p.ContentItemId == post.ContentItemId);
        extra["Previous"] = index > 0 ? LiquidModel.From(posts[index - 1]) : null;
        extra["Next"] = index >= 0 && index < posts.Count - 1 ? LiquidModel.From(posts[index + 1]) : null;
    }

    private static async Task<List<ContentItem>> RelatedAsync(ContentItem workshop, ContentQuery query)
    {
        var ids = workshop.Part("Workshop")?["RelatedMaterials"]?["ContentItemIds"]?.AsArray().Select(i => i!.GetValue<string>()) ?? [];
        var related = new List<ContentItem>();
        foreach (var id in ids)
        {
            if (await query.GetAsync(id) is { } material)
            {
                related.Add(material);
            }
        }

        return related;
    }
}
