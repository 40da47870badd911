using Siec.Cms.Web;
using Siec.Cms.Web.Cli;

switch (args)
{
    case ["recipe", ..]:
        return await RecipeCommand.RunAsync(args[1..]);
    case ["tenant", ..]:
        return await TenantCommand.RunAsync(args[1..]);
    case [var first, ..] when !first.StartsWith("--", StringComparison.Ordinal):
        // A mistyped verb must not start a web server on the production data.
        Console.Error.WriteLine($"Nieznane polecenie '{first}'. Bez polecenia program uruchamia stronę.");
        Console.Error.WriteLine(RecipeCommand.Usage);
        Console.Error.WriteLine(TenantCommand.Usage);
        return 2;
}

var builder = WebApplication.CreateBuilder(args);
builder.AddSiecCmsServices();
var app = builder.Build();
await app.InitializeSiteAsync();
app.UseSiecCms();
await app.RunAsync();
return 0;

/// <summary>Visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
