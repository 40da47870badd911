using Siec.Cms.Web.Tests.Infrastructure;

namespace Siec.Cms.Web.Tests.Tenancy;

/// <summary>The <c>tenant</c> verbs of the site's executable, run as separate processes on one data folder.</summary>
public sealed class TenantCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "siec-cli-tests", Guid.NewGuid().ToString("n"));

    public TenantCommandTests() => Directory.CreateDirectory(_folder);

    private string Data => Path.Combine(_folder, "platforma");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_network_is_created_listed_exported_disabled_and_removed_only_when_its_name_is_typed_again()
    {
        var created = await RunAsync(null, "create", "siec-a", "--host", "a.test", "--recipe", "nowa-siec", "--coordinator", "k@example.org", "--title", "Sieć Anny");
        var again = await RunAsync(null, "create", "siec-a", "--host", "b.test", "--recipe", "nowa-siec", "--coordinator", "k@example.org");
        var list = await RunAsync(null, "list");
        var exportFile = Path.Combine(_folder, "siec-a.json");
        var exported = await RunAsync(null, "export", "siec-a", "--out", exportFile);
        var running = await RunAsync("siec-a", "remove", "siec-a");
        var copy = await RunAsync(null, "create", "siec-kopia", "--host", "kopia.test", "--recipe", exportFile, "--coordinator", "k@example.org");

        Assert.Equal(0, created.ExitCode);
        Assert.True(File.Exists(Path.Combine(Data, "Sites", "siec-a", "siec.db")));
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("Sieć o nazwie 'siec-a' już istnieje.", again.Error);
        Assert.Contains("siec-a\ta.test\tdziała\tSieć Anny", list.Output);
        Assert.Equal(0, exported.ExitCode);
        Assert.Contains("\"steps\"", await File.ReadAllTextAsync(exportFile));
        Assert.Equal(0, copy.ExitCode);
        Assert.Contains("siec-kopia\tkopia.test\tdziała\tsiec-kopia", (await RunAsync(null, "list")).Output);
        Assert.Equal(1, running.ExitCode);
        Assert.Contains("najpierw ją wyłącz", running.Error);

        Assert.Equal(0, (await RunAsync(null, "disable", "siec-a")).ExitCode);
        Assert.Contains("siec-a\ta.test\twyłączona", (await RunAsync(null, "list")).Output);
        var mistyped = await RunAsync("siec-b", "remove", "siec-a");
        var noInput = await RunAsync(null, "remove", "siec-a");
        Assert.Equal((1, 1), (mistyped.ExitCode, noInput.ExitCode));
        Assert.Contains("Nazwa się nie zgadza; nic nie usunięto.", mistyped.Error);
        Assert.True(Directory.Exists(Path.Combine(Data, "Sites", "siec-a")));

        var removed = await RunAsync("siec-a", "remove", "siec-a");
        Assert.Equal(0, removed.ExitCode);
        var finalExport = removed.Output[(removed.Output.IndexOf("ostateczny eksport: ", StringComparison.Ordinal) + "ostateczny eksport: ".Length)..].Trim();
        Assert.Contains("\"steps\"", await File.ReadAllTextAsync(finalExport));
        Assert.False(Directory.Exists(Path.Combine(Data, "Sites", "siec-a")));
        Assert.DoesNotContain("siec-a", (await RunAsync(null, "list")).Output);
    }

    [Fact]
    public async Task A_network_on_a_path_is_created_only_where_the_platform_has_a_host_of_its_own()
    {
        var noPlatformHost = await RunAsync(null, "create", "siec-p", "--prefix", "/sieci/p", "--recipe", "nowa-siec", "--coordinator", "k@example.org");
        Assert.Equal(1, noPlatformHost.ExitCode);
        Assert.Contains("ustaw Cms:Tenants:DefaultHost", noPlatformHost.Error);
        Assert.False(Directory.Exists(Path.Combine(Data, "Sites", "siec-p")));

        var created = await RunAsync(null, "create", "siec-p", "--prefix", "/sieci/p", "--recipe", "nowa-siec", "--coordinator", "k@example.org", "--Cms:Tenants:DefaultHost=platforma.test");
        var both = await RunAsync(null, "create", "siec-q", "--host", "q.test", "--prefix", "/sieci/q", "--recipe", "nowa-siec", "--coordinator", "k@example.org");
        Assert.Equal(0, created.ExitCode);
        Assert.Contains("siec-p\t/sieci/p\tdziała", (await RunAsync(null, "list")).Output);
        Assert.Equal(2, both.ExitCode);
    }

    [Fact]
    public async Task An_unknown_verb_prints_the_usage_and_exits_2_instead_of_starting_the_site()
    {
        var typo = await SiteCommand.RunAsync(_folder, null, "tenat", "list", $"--Cms:DataPath={Data}");
        var bare = await RunAsync(null);
        var unknown = await RunAsync(null, "frobnicate", "siec-a");
        var incomplete = await RunAsync(null, "create", "siec-a", "--host", "a.test");

        Assert.Equal(2, typo.ExitCode);
        Assert.Contains("Nieznane polecenie 'tenat'", typo.Error);
        Assert.Contains("tenant create NAZWA", typo.Error);
        Assert.Equal((2, 2, 2), (bare.ExitCode, unknown.ExitCode, incomplete.ExitCode));
        Assert.Contains("Użycie:", incomplete.Error);
        Assert.False(Directory.Exists(Data));
    }

    private Task<(int ExitCode, string Output, string Error)> RunAsync(string? input, params string[] args) =>
        SiteCommand.RunAsync(_folder, input, ["tenant", .. args, $"--Cms:DataPath={Data}"]);
}
