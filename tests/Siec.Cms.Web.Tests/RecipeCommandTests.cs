using System.Text.Json.Nodes;
using Siec.Cms.Web.Tests.Infrastructure;

namespace Siec.Cms.Web.Tests;

/// <summary>The recipe verbs of the site's own executable, run as a separate process as an administrator would.</summary>
public sealed class RecipeCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "siec-cli-tests", Guid.NewGuid().ToString("n"));

    public RecipeCommandTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Import_into_an_empty_data_path_creates_the_site_and_export_reads_it_back()
    {
        var recipe = Write("notes.recipe.json", """
            { "name": "Notes", "steps": [
              { "name": "ContentDefinition", "ContentTypes": [ { "Name": "Note", "DisplayName": "Notatka",
                "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart" } ] } ] },
              { "name": "Content", "data": [ { "ContentItemId": "note000000000000000000000a", "ContentType": "Note",
                "Latest": true, "Published": true, "TitlePart": { "Title": "Sulejówek, 26–27 września" } } ] },
              { "name": "Queries", "Queries": [] } ] }
            """);
        var data = Path.Combine(_folder, "site");

        var refused = await RunAsync("import", recipe, $"--Cms:DataPath={data}");
        var imported = await RunAsync("import", recipe, "--skip-unsupported", $"--Cms:DataPath={data}");
        var exportFile = Path.Combine(_folder, "export.json");
        var exported = await RunAsync("export", "--out", exportFile, $"--Cms:DataPath={data}");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("krok 3 (Queries)", refused.Error);
        Assert.Contains("Nic nie zostało zmienione.", refused.Error);
        Assert.Equal(0, imported.ExitCode);
        Assert.Contains("Pominięty nieobsługiwany krok 3: Queries", imported.Output);
        Assert.Equal(0, exported.ExitCode);
        var items = JsonNode.Parse(await File.ReadAllTextAsync(exportFile))!["steps"]!.AsArray()
            .Single(s => s!["name"]!.GetValue<string>() == "Content")!["data"]!.AsArray();
        Assert.Equal("Sulejówek, 26–27 września", Assert.Single(items)!["DisplayText"]!.GetValue<string>());
    }

    [Fact]
    public async Task Validate_names_the_fault_and_exits_non_zero()
    {
        var recipe = Write("bad.recipe.json", """
            { "name": "Bad", "steps": [ { "name": "ContentDefinition", "ContentParts": [ { "Name": "Note",
              "ContentPartFieldDefinitionRecords": [ { "FieldName": "Teleport", "Name": "Where" } ] } ] } ] }
            """);

        var result = await RunAsync("validate", recipe, $"--Cms:DataPath={Path.Combine(_folder, "site")}");
        var usage = await RunAsync("validate");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("krok 1 (ContentDefinition)", result.Error);
        Assert.Contains("pole 'Where'", result.Error);
        Assert.Contains("Teleport", result.Error);
        Assert.Equal(2, usage.ExitCode);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    private Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args) => SiteCommand.RunAsync(_folder, null, ["recipe", .. args]);
}
