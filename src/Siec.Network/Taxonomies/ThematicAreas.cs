using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Display;
using Siec.Network.Common;

namespace Siec.Network.Taxonomies;

/// <summary>The terms of the thematic areas taxonomy, in their order.</summary>
public sealed class ThematicAreas(ContentQuery query)
{
    public async Task<IReadOnlyList<Dictionary<string, object?>>> LoadAsync()
    {
        var taxonomy = await query.GetAsync(NetworkIds.ThematicAreasTaxonomy);
        var terms = taxonomy?.Part("TaxonomyPart")?["Terms"]?.AsArray() ?? [];
        return terms.Select(t => (Dictionary<string, object?>)LiquidModel.Convert(t)!).ToList();
    }

    /// <summary>The area terms an item's ThematicAreas field (on the part named <paramref name="part"/>) names, as templates read them.</summary>
    public async Task<List<Dictionary<string, object?>>> OfAsync(ContentItem item, string part)
    {
        var ids = IdsOf(item, part);
        return (await LoadAsync()).Where(t => ids.Contains(Id(t))).ToList();
    }

    /// <summary>The area term ids an item's ThematicAreas field (on the part named <paramref name="part"/>) names.</summary>
    public static IReadOnlyList<string> IdsOf(ContentItem item, string part) =>
        item.Part(part)?["ThematicAreas"]?["TermContentItemIds"]?.AsArray().Select(i => i?.GetValue<string>()).OfType<string>().ToList() ?? [];

    public static string Id(Dictionary<string, object?> term) => (string)term["ContentItemId"]!;

    public static string? Path(Dictionary<string, object?> term) =>
        term.GetValueOrDefault("AutoroutePart") is Dictionary<string, object?> route ? route.GetValueOrDefault("Path") as string : null;
}
