namespace Siec.Cms.Core.Setup;

/// <summary>What setting up a site needs: its name, the administrator and the setup recipe to apply.</summary>
public sealed class SetupRequest
{
    public string SiteName { get; set; } = "";

    public string AdminUserName { get; set; } = "admin";

    public string AdminEmail { get; set; } = "";

    public string AdminPassword { get; set; } = "";

    public string RecipePath { get; set; } = "";
}
