namespace Siec.Cms.Core.Display;

/// <summary>Where the active theme's files are: a folder with Theme.json, Views/*.liquid and wwwroot/.</summary>
public sealed class ThemeOptions
{
    public string ThemePath { get; set; } = "";

    public string ViewsPath => Path.Combine(ThemePath, "Views");

    public string AssetsPath => Path.Combine(ThemePath, "wwwroot");
}
