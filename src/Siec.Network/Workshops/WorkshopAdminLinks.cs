using Siec.Cms.Admin.Navigation;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Participation;

namespace Siec.Network.Workshops;

/// <summary>A workshop's editor links to its sign-up list once someone has signed up.</summary>
public sealed class WorkshopAdminLinks(UserContentLinks links) : IContentItemAdminLinks
{
    public async Task<IReadOnlyList<AdminLink>> LinksAsync(ContentItem item)
    {
        var count = (await links.ForItemsAsync(WorkshopRegistrations.Kind, [item.ContentItemId])).Count;
        return count > 0 ? [new AdminLink($"Zapisy ({count})", $"/Admin/Registrations?id={item.ContentItemId}")] : [];
    }
}
