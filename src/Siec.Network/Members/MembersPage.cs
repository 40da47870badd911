using Microsoft.AspNetCore.Http;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Display;
using Siec.Cms.Core.Settings;
using Siec.Network.Common;
using Siec.Network.Site;

namespace Siec.Network.Members;

/// <summary><c>/czlonkowie</c>: the member directory, alphabetical, only members who agreed to be listed.</summary>
public static class MembersPage
{
    public static async Task<IResult> ListAsync(HttpContext http, SitePages pages, ContentQuery query, DocumentStore documents)
    {
        var listed = (await query.ByTypeAsync(ContentTypes.MemberProfile)).Where(IsListed)
            .OrderBy(p => p.DisplayText, StringComparer.Create(PolishFormat.Culture, ignoreCase: true)).ToList();
        var pager = Pager.From(http, (await documents.GetAsync<SiteSettings>(SiteSettings.DocumentKey)).PageSize * 3, listed.Count);
        var model = new Dictionary<string, object?>
        {
            ["Members"] = ContentLists.Model(pager.Slice(listed)),
            ["Total"] = listed.Count,
            ["Pager"] = pager.ToModel(http),
        };
        return await pages.TemplateAsync(http, "Members", model, new PageMeta("Członkowie sieci"));
    }

    /// <summary>A member who opted out of the directory has no public page either.</summary>
    public static bool IsListed(ContentItem profile) =>
        profile.Part(ContentTypes.MemberProfile)?["ListedInDirectory"]?["Value"]?.GetValue<bool>() ?? true;
}
