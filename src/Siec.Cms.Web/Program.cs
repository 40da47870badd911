using Siec.Cms.Web;
using Siec.Cms.Web.Cli;

if (args is ["recipe", ..])
{
    return await RecipeCommand.RunAsync(args[1..]);
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
