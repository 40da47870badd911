using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Search;
using Siec.Cms.Core.Tests.Infrastructure;

namespace Siec.Cms.Core.Tests;

/// <summary>One site per database with the corpus of TestData/Search, shared by a class's tests.</summary>
public abstract class SearchCorpusSite(DatabaseKind kind) : IAsyncLifetime
{
    private readonly Dictionary<string, string> _keys = [];

    public TestSite Site { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Site = await TestSite.CreateAsync(kind);
        await Site.ImportAsync(SiteRecipes.ArticleDefinition);
        var corpus = JsonSerializer.Deserialize<List<CorpusEntry>>(
            await File.ReadAllTextAsync(RepositoryPaths.SearchCorpus))!;
        foreach (var entry in corpus)
        {
            var id = await Site.RunAsync<ContentManager, string>(async m =>
            {
                var item = await m.NewAsync("Article");
                item.GetOrCreatePart("TitlePart")["Title"] = entry.Title;
                item.GetOrCreatePart("MarkdownBodyPart")["Markdown"] = entry.Body;
                await m.CreateAsync(item, publish: entry.Published);
                return item.ContentItemId;
            });
            _keys[id] = entry.Key;
        }
    }

    /// <summary>The corpus keys of what a search finds, best first.</summary>
    public async Task<List<string>> SearchAsync(string query) =>
        (await Site.RunAsync<ContentQuery, IReadOnlyList<ContentItem>>(q => q.SearchAsync(query, 0, 50))).Select(i => _keys[i.ContentItemId]).ToList();

    public async Task DisposeAsync() => await Site.DisposeAsync();

    private sealed record CorpusEntry(string Key, string Title, string Body, bool Published = true);
}

public sealed class SqliteSearchCorpus() : SearchCorpusSite(DatabaseKind.Sqlite);

public sealed class PostgresSearchCorpus() : SearchCorpusSite(DatabaseKind.Postgres);

/// <summary>Polish search: any form of a word finds every other, typed with or without diacritics, on both databases.</summary>
public abstract class PolishSearchTests(SearchCorpusSite corpus)
{
    /// <summary>Query → exactly the corpus entries a Polish reader expects (order aside); the draft never.</summary>
    public static TheoryData<string, string[]> Table => new()
    {
        { "sulejowek", ["inauguracja", "warsztat"] },
        { "sulejowku", ["inauguracja", "warsztat"] },
        { "Sulejówek", ["inauguracja", "warsztat"] },
        { "SULEJÓWKU", ["inauguracja", "warsztat"] },
        { "biblioteka", ["inauguracja", "pedagogiczna", "rozproszona", "w-bibliotekach", "w-bibliotece"] },
        { "bibliotek", ["inauguracja", "pedagogiczna", "rozproszona", "w-bibliotekach", "w-bibliotece"] },
        { "bibliotekach", ["inauguracja", "pedagogiczna", "rozproszona", "w-bibliotekach", "w-bibliotece"] },
        { "szkoła", ["szkola", "wspomaganie"] },
        { "szkół", ["szkola", "wspomaganie"] },
        { "szkol", ["szkola", "wspomaganie"] },
        { "szkołach", ["szkola", "wspomaganie"] },
        { "SZKOLACH", ["szkola", "wspomaganie"] },
        { "nauczyciel", ["warsztat", "nauczyciel"] },
        { "nauczycieli", ["warsztat", "nauczyciel"] },
        { "nauczycielami", ["warsztat", "nauczyciel"] },
        { "nauczycielom", ["warsztat", "nauczyciel"] },
        { "współpraca", ["szkola"] },
        { "wspolpracy", ["szkola"] },
        { "wspomaganie", ["wspomaganie", "notatka-wspomaganie"] },
        { "wspomagania", ["wspomaganie", "notatka-wspomaganie"] },
        { "łódź", ["lodz"] },
        { "lodz", ["lodz"] },
        { "ŁODZI", ["lodz"] },
        { "Łodzią", ["lodz"] },
        { "zbrzezniakowna", ["gosc"] },
        { "Zbrzeźniakówna", ["gosc"] },
        { "pedagogiczny", ["inauguracja", "pedagogiczna", "rozproszona"] },
        { "\"biblioteka pedagogiczna\"", ["pedagogiczna"] },
        { "\"BIBLIOTEKA pedagogiczna\"", ["pedagogiczna"] },
        { "\"pedagogiczna biblioteka\"", [] },
        { "sulejowek nauczyciele", ["warsztat"] },
        { "spotkanie łódź", ["lodz"] },
        { "koordynatorzy zebranie", ["zebranie-starsze", "zebranie-nowsze"] },
        { "szkic", [] },
        { "xyzzy", [] },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public async Task A_query_finds_every_form_of_its_words_and_nothing_else(string query, string[] expected)
    {
        var found = await corpus.SearchAsync(query);
        Assert.Equal(expected.Order(), found.Order());
    }

    [Fact]
    public async Task The_form_as_typed_ranks_above_another_form_of_the_word()
    {
        var found = await corpus.SearchAsync("bibliotekach");
        Assert.True(found.IndexOf("w-bibliotekach") < found.IndexOf("w-bibliotece"), string.Join(", ", found));
        found = await corpus.SearchAsync("bibliotece");
        Assert.True(found.IndexOf("w-bibliotece") < found.IndexOf("w-bibliotekach"), string.Join(", ", found));
    }

    [Fact]
    public async Task A_title_ranks_above_the_body()
    {
        var found = await corpus.SearchAsync("wspomaganie");
        Assert.Equal(["wspomaganie", "notatka-wspomaganie"], found);
    }

    [Fact]
    public async Task At_equal_relevance_the_newer_item_comes_first()
    {
        var found = await corpus.SearchAsync("zebranie koordynatorów");
        Assert.Equal(["zebranie-nowsze", "zebranie-starsze"], found);
    }
}

public sealed class SqlitePolishSearchTests(SqliteSearchCorpus corpus) : PolishSearchTests(corpus), IClassFixture<SqliteSearchCorpus>;

public sealed class PostgresPolishSearchTests(PostgresSearchCorpus corpus) : PolishSearchTests(corpus), IClassFixture<PostgresSearchCorpus>;

/// <summary>A site indexed before the dictionary forms existed gets its index rebuilt on the first start of this version.</summary>
public abstract class SearchUpgradeTests(DatabaseKind kind)
{
    [Fact]
    public async Task The_index_of_an_older_schema_is_rebuilt_with_dictionary_forms_on_start()
    {
        await using var site = await TestSite.CreateAsync(kind);
        await site.ImportAsync(SiteRecipes.ArticleDefinition);
        await site.RunAsync<ContentManager>(async m =>
        {
            var item = await m.NewAsync("Article");
            item.GetOrCreatePart("TitlePart")["Title"] = "Spotkanie w Sulejówku";
            await m.CreateAsync(item, publish: true);
        });
        // Back to the schema before the dictionary forms: the old index table, as an older version left it.
        await site.RunAsync<Data.CmsDbContext>(async db =>
        {
            var migrations = db.Database.GetMigrations().ToList();
            var stems = migrations.FindIndex(m => m.EndsWith("_SearchStems", StringComparison.Ordinal));
            await db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>().MigrateAsync(migrations[stems - 1]);
        });
        Assert.Equal(0, await site.RunAsync<Data.CmsDbContext, int>(db => db.Database.SqlQueryRaw<int>("""SELECT COUNT(*) AS "Value" FROM "SearchIndex" """).SingleAsync()));

        await site.RunAsync<Setup.SiteInitializer>(s => s.InitializeAsync());

        var found = await site.RunAsync<ContentQuery, IReadOnlyList<ContentItem>>(q => q.SearchAsync("sulejowek"));
        Assert.Equal("Spotkanie w Sulejówku", Assert.Single(found).DisplayText);
    }
}

public sealed class SqliteSearchUpgradeTests() : SearchUpgradeTests(DatabaseKind.Sqlite);

public sealed class PostgresSearchUpgradeTests() : SearchUpgradeTests(DatabaseKind.Postgres);

/// <summary>A common word costs a search the same on any site: only the newest matches are ranked.</summary>
public abstract class SearchBoundTests(DatabaseKind kind)
{
    [Fact]
    public async Task Only_the_newest_matches_are_ranked_however_many_there_are()
    {
        await using var site = await TestSite.CreateAsync(kind);
        var start = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var documents = Enumerable.Range(0, SearchText.RankedAtMost + 200)
            .Select(i => new SearchDocument($"z{i:D25}", "Article", $"zebranie {i}", "zebranie sieci", "zebranie", "zebranie siec", start.AddHours(i)))
            .ToList();
        await site.RunAsync<ISearchIndex>(s => s.IndexNewAsync(documents));
        var stemmer = site.Services.GetRequiredService<PolishStemmer>();

        var found = new List<string>();
        for (var skip = 0; ; skip += 100)
        {
            var page = await site.RunAsync<ISearchIndex, IReadOnlyList<string>>(s => s.SearchAsync(SearchQuery.Parse("zebranie", stemmer), skip, 100));
            found.AddRange(page);
            if (page.Count < 100)
            {
                break;
            }
        }

        Assert.Equal(SearchText.RankedAtMost, found.Distinct().Count());
        Assert.DoesNotContain($"z{0:D25}", found);
        Assert.Contains($"z{SearchText.RankedAtMost + 199:D25}", found);
    }
}

public sealed class SqliteSearchBoundTests() : SearchBoundTests(DatabaseKind.Sqlite);

public sealed class PostgresSearchBoundTests() : SearchBoundTests(DatabaseKind.Postgres);
