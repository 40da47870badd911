using Siec.Cms.Core.ContentManagement;
using Siec.Network.Common;
using Siec.Network.Site;

namespace Siec.Network.Members;

/// <summary>A member who opted out of the directory has no public page and no search hit either.</summary>
public sealed class MemberDirectory : IReaderVisibility
{
    public IReadOnlyCollection<string> Types { get; } = [ContentTypes.MemberProfile];

    public Task<bool> IsHiddenAsync(ContentItem item) => Task.FromResult(item.ContentType == ContentTypes.MemberProfile && !MembersPage.IsListed(item));
}
