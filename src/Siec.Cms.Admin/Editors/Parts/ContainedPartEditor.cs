using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Metadata;

namespace Siec.Cms.Admin.Editors.Parts;

/// <summary>Types that other types list (a BlogPost in a Blog) get a choice of their list ("Należy do").</summary>
public sealed class ContainedPartEditor(ContentDefinitionManager definitions, ContentQuery query) : IPartEditor
{
    public const string Part = "ContainedPart";

    public string PartName => Part;

    public async Task<EditorField?> BuildAsync(PartEditorContext context)
    {
        var item = context.Item;
        var containerTypes = (await definitions.LoadAsync()).ContentTypes
            .Where(t => t.FindPartOfKind("ListPart")?.Settings["ListPartSettings"]?["ContainedContentTypes"]?.AsArray()
                .Any(c => c?.GetValue<string>() == item.ContentType) == true)
            .Select(t => t.Name).ToList();
        if (containerTypes.Count == 0)
        {
            return null;
        }

        var (lists, _) = await query.LatestAsync(containerTypes, null, null, 0, 500);
        var current = item.ContainerId;
        return new EditorField("ContainedPart.ListContentItemId", "Należy do", "select", current ?? "", Required: true)
        {
            Template = "Select",
            Options = lists.Select(l => (l.ContentItemId, l.DisplayText ?? l.ContentItemId, l.ContentItemId == current)).ToList(),
        };
    }

    public async Task ApplyAsync(EditorField field, EditorUpdateContext context)
    {
        var posted = context.Posted(field);
        context.Item.ContainerId = posted.Length == 0 ? null : posted;
        if (posted.Length > 0 && await query.GetAsync(posted, VersionOptions.Latest) is { } list)
        {
            context.Item.ContainerType = list.ContentType;
        }
    }
}
