using System.Text.Json.Nodes;

namespace Siec.Cms.Core.Recipes;

/// <summary>A recipe file's header and steps, read as Orchard Core reads them.</summary>
public sealed class RecipeDescriptor
{
    public string Name { get; init; } = "";

    public string DisplayName { get; init; } = "";

    public string Description { get; init; } = "";

    public string Author { get; init; } = "";

    public string WebSite { get; init; } = "";

    public string Version { get; init; } = "";

    public bool IsSetupRecipe { get; init; }

    public IReadOnlyList<string> Categories { get; init; } = [];

    public IReadOnlyList<string> Tags { get; init; } = [];

    public JsonObject Variables { get; init; } = new();

    public JsonArray Steps { get; init; } = [];

    /// <summary>
    /// The folder <c>[file:...]</c> expressions and media <c>SourcePath</c>s are relative to; null for a recipe that
    /// came without one (uploaded in the admin), which may then read no file at all (see <see cref="RecipeFiles"/>).
    /// </summary>
    public string? BasePath { get; init; }

    /// <summary>How many items the steps' <c>data</c> arrays hold together (what an import's progress counts to).</summary>
    public int ItemCount { get; init; }

    /// <summary>Where each step's <c>data</c> array starts in the recipe's bytes, by step index: read by <see cref="ReadData"/>.</summary>
    internal IReadOnlyDictionary<int, long> DeferredData { get; init; } = new Dictionary<int, long>();

    /// <summary>Opens the recipe's bytes again, to read a step's items.</summary>
    internal Func<Stream>? Open { get; init; }

    /// <summary>The items of the <c>data</c> array of step <paramref name="index"/> (from 0), read one at a time as they are enumerated.</summary>
    public IEnumerable<JsonNode?> ReadData(int index)
    {
        if (!DeferredData.TryGetValue(index, out var offset) || Open is null)
        {
            yield break;
        }

        using var reader = new JsonStreamReader(Open(), offset);
        reader.Read();
        while (reader.ReadValue(out var end) is var item && !end)
        {
            yield return item;
        }
    }
}
