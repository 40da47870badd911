namespace Siec.Cms.Core.Setup;

/// <summary>What setting up a site needs: its name, the administrator and the setup recipe to apply.</summary>
public sealed class SetupRequest
{
    public string SiteName { get; set; } = "";

    public string AdminUserName { get; set; } = "admin";

    public string AdminEmail { get; set; } = "";

    public string AdminPassword { get; set; } = "";

    public string RecipePath { get; set; } = "";

    /// <summary>The coordinator's name, for recipes that print it (<c>parameters('Coordinator')</c>).</summary>
    public string? CoordinatorName { get; set; }

    /// <summary>The thematic areas, for recipes that create them (<c>parameters('ThematicAreas')</c>, one per line).</summary>
    public IReadOnlyList<string> ThematicAreas { get; set; } = [];
}
