using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Siec.Bench.Generator;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Recipes;
using Siec.Cms.Web.Tests.Infrastructure;

namespace Siec.Cms.Web.Tests;

/// <summary>
/// A network of 20,000 generated items (read from its file as a stream, written in batches) is one transaction:
/// when its very last item is refused, nothing of the 19,999 before it stays (items, index rows, search rows, audit
/// trail), and the error names that item; the same network without the bad item then imports whole.
/// </summary>
public abstract class LargeImportTests : IAsyncLifetime
{
    private const int Items = 20_000;
    private SiteFactory _site = null!;
    private string _folder = null!;

    protected virtual Dictionary<string, string> Database => [];

    public Task InitializeAsync()
    {
        _site = new SiteFactory(new Dictionary<string, string>(Database) { ["Cms:Setup:AdminPassword"] = MailSites.Password });
        _site.CreateClient().Dispose();
        _folder = Directory.CreateTempSubdirectory("siec-large-import").FullName;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_network_that_fails_on_its_last_item_leaves_the_site_unchanged()
    {
        var before = await CountsAsync();

        var broken = await GenerateAsync("zepsuta.recipe.json", breakLast: true);
        var error = await Assert.ThrowsAsync<RecipeException>(() => ImportAsync(broken));
        Assert.Contains($"data[{Items - 1}]", error.Message);
        Assert.Contains("Koniec nie może być wcześniej niż początek", error.Message);
        Assert.Equal(before, await CountsAsync());

        var whole = await GenerateAsync("cala.recipe.json", breakLast: false);
        var result = await ImportAsync(whole);
        Assert.Equal(Items, result.ItemsImported);
        var after = await CountsAsync();
        Assert.Equal(before.Items + Items, after.Items);
        Assert.Equal(before.Audit + Items, after.Audit);
        Assert.Equal(before.Search + Items, after.Search);
        Assert.True(after.Lists > before.Lists && after.Paths > before.Paths, "the imported items have their index rows");
    }

    private async Task<string> GenerateAsync(string name, bool breakLast)
    {
        var path = Path.Combine(_folder, name);
        await using var file = File.Create(path);
        Assert.Equal(Items, NetworkGenerator.Write(file, new NetworkShape(Items), breakLast));
        return path;
    }

    private async Task<RecipeResult> ImportAsync(string path)
    {
        using var scope = _site.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<RecipeExecutor>().ExecuteAsync(RecipeReader.ReadFile(path), new RecipeOptions());
    }

    private async Task<(int Items, int Paths, int Lists, int Terms, int Audit, int Search)> CountsAsync()
    {
        using var scope = _site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        return (await db.ContentItems.CountAsync(), await db.AutorouteIndex.CountAsync(), await db.ContainedIndex.CountAsync(),
            await db.TaxonomyIndex.CountAsync(), await db.AuditEvents.CountAsync(),
            await db.Database.SqlQueryRaw<int>("""SELECT COUNT(*) AS "Value" FROM "SearchIndex" """).SingleAsync());
    }
}

public sealed class SqliteLargeImportTests : LargeImportTests;

public sealed class PostgresLargeImportTests : LargeImportTests
{
    private readonly Dictionary<string, string> _database = PostgresSites.NewDatabase();

    protected override Dictionary<string, string> Database => _database;
}
