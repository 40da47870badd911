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
}
