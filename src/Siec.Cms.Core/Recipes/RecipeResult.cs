namespace Siec.Cms.Core.Recipes;

/// <summary>What an import did besides succeeding: warnings and the steps it skipped by request.</summary>
public sealed class RecipeResult
{
    public List<string> Warnings { get; } = [];

    public List<string> SkippedSteps { get; } = [];

    public int StepsExecuted { get; set; }

    /// <summary>Content items imported so far, by every Content step.</summary>
    public int ItemsImported { get; set; }
}
