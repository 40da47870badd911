using Siec.Cms.Core.Caching;
using Siec.Network.Common;

namespace Siec.Network.Site;

/// <summary>
/// The network site's sections for the page cache (<see cref="CacheSections"/>): a change to a blog post evicts the
/// blog's pages and the pages that name no section (home, areas, search, feeds, the sitemap), not the forum's.
/// </summary>
public static class SiteSections
{
    public const string Blog = "blog";
    public const string Forum = "forum";
    public const string Materials = "materials";
    public const string Workshops = "workshops";
    public const string Members = "members";
    public const string Pages = "pages";

    public static void Configure(CacheSectionOptions options) => options
        .Map(Blog, ContentTypes.Blog, ContentTypes.BlogPost)
        .Map(Forum, ContentTypes.Forum, ContentTypes.ForumCategory, ContentTypes.ForumTopic, ContentTypes.ForumReply)
        .Map(Materials, ContentTypes.Material)
        .Map(Workshops, ContentTypes.Workshop)
        .Map(Members, ContentTypes.MemberProfile)
        .Map(Pages, ContentTypes.Page, ContentTypes.AccessibilityStatement);
}
