using Siec.Cms.Core.ContentManagement.Handlers;
using Siec.Cms.Core.ContentManagement;

namespace Siec.Cms.Core.Parts;

/// <summary>An item placed in a list must point at a container that exists.</summary>
public sealed class ContainedPartHandler(ContentLookup lookup) : IContentHandler
{
    public async Task ValidatingAsync(ValidateContentContext context)
    {
        var containerId = context.ContentItem.ContainerId;
        if (containerId is null)
        {
            return;
        }

        if (await lookup.TypeOfAsync(containerId) is null)
        {
            context.Fail("ContainedPart.ListContentItemId", $"Lista '{containerId}', do której należy element, nie istnieje.");
        }
    }
}
