using Siec.Cms.Core.ContentManagement;

namespace Siec.Cms.Admin.Navigation;

/// <summary>Links a module adds beside an item in its editor (a workshop's sign-up list).</summary>
public interface IContentItemAdminLinks
{
    Task<IReadOnlyList<AdminLink>> LinksAsync(ContentItem item);
}
