namespace Siec.Cms.Core.Recipes;

/// <summary>How to run a recipe: skip steps we lack, values for <c>parameters()</c>, and whether to only validate.</summary>
public sealed class RecipeOptions
{
    public bool SkipUnsupported { get; init; }

    /// <summary>Run every step in a transaction that is then rolled back: a full check that writes nothing.</summary>
    public bool ValidateOnly { get; init; }

    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    /// <summary>Told the items imported so far and the recipe's <see cref="RecipeDescriptor.ItemCount"/>, after each batch.</summary>
    public IProgress<(int Done, int Total)>? Progress { get; init; }
}
