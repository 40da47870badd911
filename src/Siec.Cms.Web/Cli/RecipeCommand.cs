using Microsoft.AspNetCore.Identity;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Recipes;
using Siec.Cms.Core.Recipes.Export;
using Siec.Cms.Core.Search;
using Siec.Cms.Core.Security;
using Siec.Cms.Core.Tenancy;

namespace Siec.Cms.Web.Cli;

/// <summary>
/// <c>recipe validate FILE</c>, <c>recipe import FILE</c> and <c>recipe export --out FILE</c>, run with the same configuration
/// as the site but without a web server. Exit code 0 on success, 1 when the recipe is refused, 2 on wrong usage.
/// </summary>
public static class RecipeCommand
{
    public const string Usage = """
        Użycie:
          recipe validate PLIK [--skip-unsupported] [--tenant SIEĆ]
          recipe import PLIK [--skip-unsupported] [--tenant SIEĆ]
          recipe export --out PLIK [--tenant SIEĆ]
        Ustawienia (np. --Cms:DataPath=/sciezka) jak przy uruchamianiu strony.
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        var command = CommandLine.Parse(args, "--out", "--tenant");
        var verb = command.Words.FirstOrDefault();
        var skipUnsupported = command.Options.ContainsKey("--skip-unsupported");
        var outFile = command.Options.GetValueOrDefault("--out");
        var file = command.Words.ElementAtOrDefault(1);
        if (verb is not ("validate" or "import" or "export") || (verb == "export" ? outFile is null : file is null))
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        await using var app = await CommandLine.StartAsync(command.Settings);
        if (verb != "export")
        {
            // The search index needs the dictionary from the first item on; it loads on the other core meanwhile.
            app.Services.GetRequiredService<PolishStemmer>().WarmUp();
        }

        var tenantName = command.Options.GetValueOrDefault("--tenant") ?? TenantSettings.DefaultName;
        if (await app.Services.GetRequiredService<TenantRegistry>().FindAsync(tenantName) is not { } tenant)
        {
            Console.Error.WriteLine($"Błąd: nie ma sieci '{tenantName}'.");
            return 1;
        }

        await using var scope = await app.Services.GetRequiredService<TenantShells>().OpenAsync(tenant);
        var services = scope.ServiceProvider;

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
