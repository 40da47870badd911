using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.ContentManagement.Handlers;

namespace Siec.Cms.Core.Parts;

/// <summary>DisplayText follows the title; a title the type requires (Options 3, EditableRequired) must be given.</summary>
public sealed class TitlePartHandler : IContentHandler
{
    public Task UpdatingAsync(ContentContext context)
    {
        if (context.Definition.FindPartOfKind("TitlePart") is not null
            && context.ContentItem.Title is { Length: > 0 } title)
        {
            context.ContentItem.DisplayText = title;
        }

        return Task.CompletedTask;
    }

    public Task ValidatingAsync(ValidateContentContext context)
    {
        var part = context.Definition.FindPartOfKind("TitlePart");
        var required = part?.Settings["TitlePartSettings"]?["Options"]?.GetValue<int>() == 3;
        if (required && string.IsNullOrWhiteSpace(context.ContentItem.Title))
        {
            context.Fail("TitlePart.Title", "Tytuł jest wymagany.");
        }

        return Task.CompletedTask;
    }
}
