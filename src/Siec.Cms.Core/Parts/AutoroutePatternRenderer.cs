using Fluid;
using Fluid.Values;
using Microsoft.EntityFrameworkCore;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Text;

namespace Siec.Cms.Core.Parts;

/// <summary>Renders an AutoroutePart pattern such as <c>{{ container | path }}/{{ Model.ContentItem | display_text | slugify }}</c>.</summary>
public sealed class AutoroutePatternRenderer(CmsDbContext db)
{
    private static readonly FluidParser Parser = new();
    private static readonly TemplateOptions Options = CreateOptions();

    public async Task<string> RenderAsync(string? pattern, ContentItem item)
    {
        if (string.IsNullOrWhiteSpace(pattern))
        {
            pattern = "{{ Model.ContentItem | display_text | slugify }}";
        }

        if (!Parser.TryParse(pattern, out var template, out var error))
        {
            throw new InvalidOperationException($"Wzorzec ścieżki '{pattern}' jest niepoprawny: {error}");
        }

        var context = new TemplateContext(Options);
        context.SetValue("Model", new PatternModel(item));
        context.SetValue("ContentItem", item);
        var containerId = item.ContainerId;
        if (containerId is not null)
        {
            var container = await db.ContentItems.AsNoTracking().FirstOrDefaultAsync(r => r.ContentItemId == containerId && r.Latest);
            context.SetValue("container", container is null ? null : ContentRecords.ToItem(container));
        }

        return await template.RenderAsync(context);
    }

    private static TemplateOptions CreateOptions()
    {
        var options = new TemplateOptions();
        options.MemberAccessStrategy.Register<PatternModel>();
        options.MemberAccessStrategy.Register<ContentItem>();
        options.Filters.AddFilter("slugify", (input, _, _) => new StringValue(Slugifier.Slugify(input.ToStringValue())));
        options.Filters.AddFilter("display_text", (input, _, _) =>
            new StringValue(input.ToObjectValue() is ContentItem item ? item.DisplayText ?? "" : input.ToStringValue()));
        // Not in Orchard Core: the item's own path, so a post's path can start with its blog's path.
        options.Filters.AddFilter("path", (input, _, _) =>
            new StringValue(input.ToObjectValue() is ContentItem item ? item.RoutePath ?? "" : ""));
        return options;
    }

    /// <summary>What <c>Model</c> means inside a pattern.</summary>
    public sealed record PatternModel(ContentItem ContentItem);
}
