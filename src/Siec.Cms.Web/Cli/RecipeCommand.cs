using Microsoft.AspNetCore.Identity;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Recipes;
using Siec.Cms.Core.Recipes.Export;
using Siec.Cms.Core.Security;
using Siec.Cms.Core.Setup;

namespace Siec.Cms.Web.Cli;

/// <summary>
/// <c>recipe validate FILE</c>, <c>recipe import FILE</c> and <c>recipe export --out FILE</c>, run with the same configuration
/// as the site but without a web server. Exit code 0 on success, 1 when the recipe is refused, 2 on wrong usage.
/// </summary>
public static class RecipeCommand
{
    private const string Usage = """
        Użycie:
          recipe validate PLIK [--skip-unsupported]
          recipe import PLIK [--skip-unsupported]
          recipe export --out PLIK
        Ustawienia (np. --Cms:DataPath=/sciezka) jak przy uruchamianiu strony.
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        var verb = args.FirstOrDefault();
        var rest = args.Skip(1).ToList();
        var skipUnsupported = rest.Remove("--skip-unsupported");
        var outIndex = rest.IndexOf("--out");
        string? outFile = null;
        if (outIndex >= 0 && outIndex + 1 < rest.Count)
        {
            outFile = rest[outIndex + 1];
            rest.RemoveRange(outIndex, 2);
        }

        var settings = rest.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=')).ToArray();
        var file = rest.Except(settings).FirstOrDefault();
        if (verb is not ("validate" or "import" or "export") || (verb == "export" ? outFile is null : file is null))
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        var builder = WebApplication.CreateBuilder(settings);
        builder.AddSiecCmsServices();
        await using var app = builder.Build();
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<SiteInitializer>().InitializeAsync();

        if (verb == "export")
        {
            await using (var output = File.Create(outFile!))
            {
                await services.GetRequiredService<RecipeExporter>().ExportToAsync(output, new ProgressDisplay("Eksport"));
            }

            Console.WriteLine($"Zapisano recepturę całej strony do {outFile}.");
            return 0;
        }

        try
        {
            var descriptor = RecipeReader.ReadFile(file!);
            var result = await services.GetRequiredService<RecipeExecutor>().ExecuteAsync(descriptor, new RecipeOptions
            {
                SkipUnsupported = skipUnsupported,
                ValidateOnly = verb == "validate",
                Parameters = await ParametersAsync(services),
                Progress = verb == "import" ? new ProgressDisplay("Import") : null,
            });
            Report(descriptor, result, verb);
            return 0;
        }
        catch (RecipeException e)
        {
            Console.Error.WriteLine($"Błąd: {e.Message}");
            Console.Error.WriteLine(verb == "import" ? "Nic nie zostało zmienione." : "Receptura jest niepoprawna.");
            return 1;
        }
    }

    private static void Report(RecipeDescriptor recipe, RecipeResult result, string verb)
    {
        Console.WriteLine(verb == "validate"
            ? $"Receptura '{recipe.Name}' jest poprawna ({result.StepsExecuted} kroków sprawdzonych, nic nie zapisano)."
            : $"Zaimportowano recepturę '{recipe.Name}' ({result.StepsExecuted} kroków).");
        foreach (var step in result.SkippedSteps)
        {
            Console.WriteLine($"Pominięty nieobsługiwany krok {step}");
        }

        foreach (var warning in result.Warnings)
        {
            Console.WriteLine($"Ostrzeżenie: {warning}");
        }
    }

    /// <summary>A recipe run from the command line acts as the site's first administrator.</summary>
    private static async Task<Dictionary<string, string>> ParametersAsync(IServiceProvider services)
    {
        var admins = await services.GetRequiredService<UserManager<IdentityUser>>().GetUsersInRoleAsync(RoleDefinition.Administrator);
        var admin = admins.OrderBy(a => a.UserName).FirstOrDefault();
        var user = services.GetRequiredService<ContentUser>();
        user.UserId = admin?.Id;
        user.UserName = admin?.UserName;
        return await services.GetRequiredService<RecipeParameters>().CreateAsync(admin?.Id, admin?.UserName, admin?.Email);
    }
}
