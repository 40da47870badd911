using Siec.Cms.Core.ContentManagement;
using Siec.Network.Common;
using Siec.Network.Site;

namespace Siec.Network.Forum;

/// <summary>A reply whose topic a moderator hid or deleted is hidden with it, in search as on the forum.</summary>
public sealed class HiddenTopicReplies(ContentQuery query) : IReaderVisibility
{
    public IReadOnlyCollection<string> Types { get; } = [ContentTypes.ForumReply];

    public async Task<bool> IsHiddenAsync(ContentItem item) =>
        item.ContentType == ContentTypes.ForumReply && (item.ContainerId is not { } topicId || await query.GetAsync(topicId) is null);
}
