namespace Siec.Cms.Web.Setup;

/// <summary>The <c>Cms:Setup</c> section: with an AdminPassword the site is set up at start, without a setup page.</summary>
public sealed class SetupOptions
{
    public string AdminUserName { get; set; } = "admin";

    public string? AdminEmail { get; set; }

    public string? AdminPassword { get; set; }

    public string? SiteName { get; set; }

    /// <summary>A recipe name from the recipes folder, or a path to a recipe file.</summary>
    public string Recipe { get; set; } = "siec-bibliotek-pedagogicznych";
}
