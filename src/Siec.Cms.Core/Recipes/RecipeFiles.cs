namespace Siec.Cms.Core.Recipes;

/// <summary>
/// The files a recipe may read: those in its own package. A recipe in a <c>Recipes</c> folder (Orchard Core's module
/// and theme layout) may read its package beside it (<c>../wwwroot/...</c>); any other recipe only its own folder; an
/// uploaded recipe none. Nothing outside, however the path is written.
/// </summary>
public static class RecipeFiles
{
    public static string Resolve(RecipeDescriptor recipe, string relative)
    {
        if (recipe.BasePath is null)
        {
            throw new RecipeStepException($"Receptura przesłana przez przeglądarkę nie może czytać plików ('{relative}'): dołącz plik jako Base64 albo umieść recepturę z plikami w folderze receptur.");
        }

        var folder = Path.GetFullPath(recipe.BasePath);
        var root = Path.GetFileName(folder) == "Recipes" ? Path.GetDirectoryName(folder)! : folder;
        var full = Path.GetFullPath(Path.Combine(folder, relative));
        if (!full.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new RecipeStepException($"Plik '{relative}' leży poza folderem receptury; receptura może czytać tylko własne pliki.");
        }

        return File.Exists(full)
            ? full
            : throw new RecipeStepException($"Plik '{relative}' nie istnieje w folderze receptury.");
    }
}
