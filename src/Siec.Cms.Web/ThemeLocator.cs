namespace Siec.Cms.Web;

/// <summary>
/// Finds the theme: <c>Cms:ThemePath</c> if given, else the repository's <c>themes/Siec.Theme</c> above the content root
/// (so editing a template while the site runs from source shows at once), else the copy shipped beside the binaries.
/// </summary>
public static class ThemeLocator
{
    public const string ThemeName = "Siec.Theme";

    public static string Find(IConfiguration configuration, string contentRoot)
    {
        if (configuration["Cms:ThemePath"] is { Length: > 0 } configured)
        {
            return Path.GetFullPath(Path.Combine(contentRoot, configured));
        }

        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "themes", ThemeName);
            if (File.Exists(Path.Combine(candidate, "Theme.json")))
            {
                return candidate;
            }
        }

        return Path.Combine(AppContext.BaseDirectory, "themes", ThemeName);
    }
}
