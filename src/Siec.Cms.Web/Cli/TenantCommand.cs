using Siec.Cms.Core.Tenancy;

namespace Siec.Cms.Web.Cli;

/// <summary>
/// <c>tenant create|list|disable|enable|export|remove</c>: the platform admin's network work from the command line,
/// with the site's configuration and no web server. Exit code 0 on success, 1 when refused, 2 on wrong usage.
/// </summary>
public static class TenantCommand
{
    public const string Usage = """
        Użycie:
          tenant create NAZWA (--host HOST | --prefix /sieci/NAZWA) --recipe RECEPTURA --coordinator EMAIL [--title "Nazwa wyświetlana"]
                [--coordinator-name "Imię Nazwisko"] [--areas "Obszar 1;Obszar 2;..."]
          tenant list
          tenant disable NAZWA
          tenant enable NAZWA
          tenant export NAZWA --out PLIK
          tenant remove NAZWA            (tylko wyłączona sieć; pyta o nazwę ponownie, zachowuje eksport)
        Ustawienia (np. --Cms:DataPath=/sciezka) jak przy uruchamianiu strony.
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        var command = CommandLine.Parse(args, "--host", "--prefix", "--recipe", "--coordinator", "--title", "--out", "--coordinator-name", "--areas");
        var verb = command.Words.FirstOrDefault();
        var name = command.Words.ElementAtOrDefault(1);
        var known = verb switch
        {
            "list" => command.Words.Count == 1,
            "disable" or "enable" or "remove" => name is not null,
            "export" => name is not null && command.Options.ContainsKey("--out"),
            "create" => name is not null && command.Options.ContainsKey("--host") != command.Options.ContainsKey("--prefix")
                && new[] { "--recipe", "--coordinator" }.All(command.Options.ContainsKey),
            _ => false,
        };
        if (!known)
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        await using var app = await CommandLine.StartAsync(command.Settings);
        await using var scope = app.Services.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<TenantManager>();
        var registry = scope.ServiceProvider.GetRequiredService<TenantRegistry>();
        switch (verb)
        {
            case "list":
                foreach (var tenant in await registry.AllAsync())
                {
                    Console.WriteLine($"{tenant.Name}\t{tenant.Host ?? tenant.Prefix ?? "(każdy inny adres)"}\t{(tenant.State == TenantState.Running ? "działa" : "wyłączona")}\t{tenant.DisplayName}");
                }

                return 0;
            case "create":
                var errors = await manager.CreateAsync(new TenantRequest
                {
                    Name = name!, Host = command.Options.GetValueOrDefault("--host") ?? "", Prefix = command.Options.GetValueOrDefault("--prefix") ?? "", Recipe = command.Options["--recipe"],
                    CoordinatorEmail = command.Options["--coordinator"], DisplayName = command.Options.GetValueOrDefault("--title") ?? "",
                    CoordinatorName = command.Options.GetValueOrDefault("--coordinator-name"),
                    ThematicAreas = command.Options.GetValueOrDefault("--areas")?.Replace(';', '\n'),
                });
                return Report(errors, $"Utworzono sieć '{name}' pod adresem {command.Options.GetValueOrDefault("--host") ?? command.Options["--prefix"]}; koordynator dostanie e-mail z linkiem do ustawienia hasła, gdy strona będzie działać.");
            case "disable":
            case "enable":
                var error = await manager.SetStateAsync(name!, verb == "disable" ? TenantState.Disabled : TenantState.Running);
                return Report(error is null ? [] : [error], verb == "disable" ? $"Sieć '{name}' wyłączona; dane zachowane." : $"Sieć '{name}' włączona.");
            case "export":
                if (await registry.FindAsync(name!) is not { } exported)
                {
                    return Report([$"Nie ma sieci '{name}'."], "");
                }

                await using (var output = File.Create(command.Options["--out"]))
                {
                    await manager.ExportAsync(exported, output);
                }

                return Report([], $"Zapisano recepturę sieci '{exported.Name}' do {command.Options["--out"]}.");
            default:
                Console.Write($"Usunięcie sieci jest nieodwracalne. Wpisz jej nazwę ({name}), aby potwierdzić: ");
                if (!string.Equals(Console.ReadLine()?.Trim(), name, StringComparison.Ordinal))
                {
                    return Report(["Nazwa się nie zgadza; nic nie usunięto."], "");
                }

                var (refused, exportPath) = await manager.RemoveAsync(name!);
                return Report(refused is null ? [] : [refused], $"Sieć '{name}' usunięta; ostateczny eksport: {exportPath}");
        }
    }

    private static int Report(IReadOnlyList<string> errors, string done)
    {
        foreach (var error in errors)
        {
            Console.Error.WriteLine($"Błąd: {error}");
        }

        if (errors.Count > 0)
        {
            return 1;
        }

        Console.WriteLine(done);
        return 0;
    }
}
