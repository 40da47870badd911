namespace Siec.Cms.Core.Settings;

/// <summary>Whether the site has been set up (an administrator exists and the setup recipe ran).</summary>
public sealed class SiteState
{
    public const string DocumentKey = "SiteState";

    public bool SetUp { get; set; }

    public string? RecipeName { get; set; }

    public List<string> EnabledFeatures { get; set; } = [];

    public string? SiteTheme { get; set; }

    public string? AdminTheme { get; set; }
}
