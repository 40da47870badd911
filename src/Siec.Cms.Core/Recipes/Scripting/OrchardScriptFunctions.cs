namespace Siec.Cms.Core.Recipes.Scripting;

/// <summary>
/// The global functions Orchard Core's modules give scripts (its Scripting documentation) that Siec.Cms cannot
/// honour in a recipe, each with the module it needs: a recipe using one is refused with both named, or with
/// --skip-unsupported the property is left empty and listed among the warnings.
/// </summary>
internal static class OrchardScriptFunctions
{
    public static readonly IReadOnlyDictionary<string, string> Unsupported = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // Content changes from an expression would bypass the recipe's own steps; a recipe writes items with a Content step.
        ["newContentItem"] = "OrchardCore.Contents (skrypty treści)",
        ["createContentItem"] = "OrchardCore.Contents (skrypty treści)",
        ["updateContentItem"] = "OrchardCore.Contents (skrypty treści)",
        ["deleteContentItem"] = "OrchardCore.Contents (skrypty treści)",
        ["isHomepage"] = "OrchardCore.Layers",
        ["isAnonymous"] = "OrchardCore.Layers",
        ["isAuthenticated"] = "OrchardCore.Layers",
        ["url"] = "OrchardCore.Layers",
        ["culture"] = "OrchardCore.Layers",
        ["executeQuery"] = "OrchardCore.Queries",
        ["httpContext"] = "OrchardCore.Workflows.Http",
        ["queryString"] = "OrchardCore.Workflows.Http",
        ["responseWrite"] = "OrchardCore.Workflows.Http",
        ["absoluteUrl"] = "OrchardCore.Workflows.Http",
        ["readBody"] = "OrchardCore.Workflows.Http",
        ["requestForm"] = "OrchardCore.Workflows.Http",
        ["deserializeRequestData"] = "OrchardCore.Workflows.Http",
        ["workflow"] = "OrchardCore.Workflows",
        ["workflowId"] = "OrchardCore.Workflows",
        ["input"] = "OrchardCore.Workflows",
        ["output"] = "OrchardCore.Workflows",
        ["property"] = "OrchardCore.Workflows",
        ["lastResult"] = "OrchardCore.Workflows",
        ["correlationId"] = "OrchardCore.Workflows",
        ["signalUrl"] = "OrchardCore.Workflows",
        ["setOutcome"] = "OrchardCore.Workflows",
        ["createWorkflowToken"] = "OrchardCore.Workflows",
    };
}

/// <summary>Thrown inside a script by a function of <see cref="OrchardScriptFunctions.Unsupported"/>.</summary>
internal sealed class UnsupportedScriptFunctionException(string function, string module)
    : Exception($"Funkcja '{function}()' wymaga modułu {module}, którego Siec.Cms nie ma.")
{
    public string Function { get; } = function;
}
