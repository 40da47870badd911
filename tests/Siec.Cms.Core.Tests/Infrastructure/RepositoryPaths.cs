namespace Siec.Cms.Core.Tests.Infrastructure;

/// <summary>Finds the repository (the folder with Siec.Cms.sln) and the test data inside it.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Recipes => Path.Combine(Root, "recipes");

    public static string OrchardRecipes => Path.Combine(Root, "tests", "Siec.Cms.Core.Tests", "TestData", "OrchardRecipes");

    public static string SearchCorpus => Path.Combine(Root, "tests", "Siec.Cms.Core.Tests", "TestData", "Search", "korpus.json");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Siec.Cms.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Siec.Cms.sln not found above " + AppContext.BaseDirectory);
    }
}
