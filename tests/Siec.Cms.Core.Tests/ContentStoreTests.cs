using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Tests.Infrastructure;

namespace Siec.Cms.Core.Tests;

/// <summary>Versions, conflicts, indexes and search: the same tests on SQLite and on PostgreSQL.</summary>
public abstract class ContentStoreTests(DatabaseKind kind)
{
    private async Task<TestSite> CreateSiteAsync()
    {
        var site = await TestSite.CreateAsync(kind);
        await site.ImportAsync(SiteRecipes.ArticleDefinition);
        return site;
    }

    private static async Task<ContentItem> NewArticleAsync(ContentManager manager, string title)
    {
        var item = await manager.NewAsync("Article");
        item.GetOrCreatePart("TitlePart")["Title"] = title;
        return item;
    }

    [Fact]
    public async Task Draft_over_published_keeps_both_and_publishing_leaves_one_published()
    {
        await using var site = await CreateSiteAsync();
        var id = await site.RunAsync<ContentManager, string>(async m =>
        {
            var item = await NewArticleAsync(m, "Pierwsza wersja");
            await m.CreateAsync(item, publish: true);
            return item.ContentItemId;
        });

        await site.RunAsync<ContentManager>(async m =>
        {
            var latest = (await m.GetAsync(id, VersionOptions.Latest))!;
            latest.GetOrCreatePart("TitlePart")["Title"] = "Szkic";
            await m.SaveDraftAsync(latest);
        });

        await site.RunAsync<ContentManager>(async m =>
        {
            Assert.Equal("Pierwsza wersja", (await m.GetAsync(id))!.DisplayText);
            var latest = (await m.GetAsync(id, VersionOptions.Latest))!;
            Assert.Equal("Szkic", latest.DisplayText);
            Assert.False(latest.Published);
            Assert.Equal(2, (await m.GetVersionsAsync(id)).Count);
            await m.PublishAsync(latest);
        });

        await site.RunAsync<ContentManager>(async m =>
        {
            var versions = await m.GetVersionsAsync(id);
            Assert.Equal(3, versions.Count);
            Assert.Single(versions, v => v.Published);
            Assert.Single(versions, v => v.Latest);
            Assert.Equal("Szkic", (await m.GetAsync(id))!.DisplayText);
        });
    }

    [Fact]
    public async Task Second_editor_saving_from_the_same_version_gets_a_conflict_and_nothing_is_overwritten()
    {
        await using var site = await CreateSiteAsync();
        var original = await site.RunAsync<ContentManager, ContentItem>(async m =>
        {
            var item = await NewArticleAsync(m, "Wspólny tekst");
            await m.CreateAsync(item, publish: false);
            return item;
        });
        var first = original.Clone();
        var second = original.Clone();
        first.GetOrCreatePart("TitlePart")["Title"] = "Zmiana pierwszej osoby";
        second.GetOrCreatePart("TitlePart")["Title"] = "Zmiana drugiej osoby";

        await site.RunAsync<ContentManager>(m => m.SaveDraftAsync(first));
        var conflict = await Assert.ThrowsAsync<ContentConflictException>(() => site.RunAsync<ContentManager>(m => m.SaveDraftAsync(second)));

        Assert.Contains("zmieniony przez kogoś innego", conflict.Message);
        var latest = await site.RunAsync<ContentManager, ContentItem?>(m => m.GetAsync(original.ContentItemId, VersionOptions.Latest));
        Assert.Equal("Zmiana pierwszej osoby", latest!.DisplayText);
    }

    [Fact]
    public async Task Concurrent_saves_from_one_version_let_exactly_one_win()
    {
        await using var site = await CreateSiteAsync();
        var original = await site.RunAsync<ContentManager, ContentItem>(async m =>
        {
            var item = await NewArticleAsync(m, "Wyścig");
            await m.CreateAsync(item, publish: false);
            return item;
        });

        var attempts = Enumerable.Range(0, 6).Select(i => Task.Run(async () =>
        {
            var copy = original.Clone();
            copy.GetOrCreatePart("TitlePart")["Title"] = $"Wersja {i}";
            try
            {
                await site.RunAsync<ContentManager>(m => m.SaveDraftAsync(copy));
                return true;
            }
            catch (ContentConflictException)
            {
                return false;
            }
        })).ToList();
        var results = await Task.WhenAll(attempts);

        Assert.Equal(1, results.Count(r => r));
        var versions = await site.RunAsync<ContentManager, IReadOnlyList<ContentItem>>(m => m.GetVersionsAsync(original.ContentItemId));
        Assert.Single(versions, v => v.Latest);
    }

    [Fact]
    public async Task Unpublish_and_delete_take_the_item_away_from_readers_and_its_path()
    {
        await using var site = await CreateSiteAsync();
        var id = await site.RunAsync<ContentManager, string>(async m =>
        {
            var item = await NewArticleAsync(m, "Do usunięcia");
            await m.CreateAsync(item, publish: true);
            return item.ContentItemId;
        });
        Assert.NotNull(await site.RunAsync<ContentQuery, ContentItem?>(q => q.ByPathAsync("do-usuniecia")));

        await site.RunAsync<ContentManager>(m => m.UnpublishAsync(id));
        Assert.Null(await site.RunAsync<ContentQuery, ContentItem?>(q => q.ByPathAsync("do-usuniecia")));
        Assert.Null(await site.RunAsync<ContentManager, ContentItem?>(m => m.GetAsync(id)));
        Assert.NotNull(await site.RunAsync<ContentManager, ContentItem?>(m => m.GetAsync(id, VersionOptions.Latest)));

        await site.RunAsync<ContentManager>(m => m.DeleteAsync(id));
        Assert.Null(await site.RunAsync<ContentManager, ContentItem?>(m => m.GetAsync(id, VersionOptions.Latest)));
    }

    [Fact]
    public async Task Paths_come_from_Polish_titles_and_clashes_get_a_suffix()
    {
        await using var site = await CreateSiteAsync();
        var paths = await site.RunAsync<ContentManager, List<string>>(async m =>
        {
            var result = new List<string>();
            for (var i = 0; i < 2; i++)
            {
                var item = await NewArticleAsync(m, "Współpraca ze środowiskiem lokalnym");
                await m.CreateAsync(item, publish: true);
                result.Add(item.Part("AutoroutePart")!["Path"]!.GetValue<string>());
            }

            return result;
        });

        Assert.Equal(["wspolpraca-ze-srodowiskiem-lokalnym", "wspolpraca-ze-srodowiskiem-lokalnym-2"], paths);
    }

    [Fact]
    public async Task A_path_another_item_uses_is_refused_with_the_property_named()
    {
        await using var site = await CreateSiteAsync();
        await site.RunAsync<ContentManager>(async m =>
        {
            var item = await NewArticleAsync(m, "Zajęta");
            await m.CreateAsync(item, publish: true);
        });

        var error = await Assert.ThrowsAsync<ContentValidationException>(() => site.RunAsync<ContentManager>(async m =>
        {
            var item = await NewArticleAsync(m, "Inna");
            item.GetOrCreatePart("AutoroutePart")["Path"] = "zajeta";
            await m.CreateAsync(item, publish: true);
        }));

        Assert.Equal("AutoroutePart.Path", error.Errors[0].Property);
    }

    [Fact]
    public async Task Field_values_are_checked_against_their_field_type()
    {
        await using var site = await CreateSiteAsync();
        var error = await Assert.ThrowsAsync<ContentValidationException>(() => site.RunAsync<ContentManager>(async m =>
        {
            var item = await NewArticleAsync(m, "Za dużo stron");
            item.GetOrCreatePart("Article")["Pages"] = new System.Text.Json.Nodes.JsonObject { ["Value"] = 5000 };
            await m.CreateAsync(item, publish: true);
        }));

        Assert.Equal("Article.Pages", error.Errors[0].Property);
        Assert.Contains("1000", error.Errors[0].Message);
    }

    [Fact]
    public async Task Search_folds_Polish_diacritics_including_l_with_stroke()
    {
        await using var site = await CreateSiteAsync();
        await site.RunAsync<ContentManager>(async m =>
        {
            var first = await NewArticleAsync(m, "Źródła wiedzy");
            first.GetOrCreatePart("MarkdownBodyPart")["Markdown"] = "Spotkanie w Łodzi i w **Łódź** Kaliska.";
            await m.CreateAsync(first, publish: true);
            var draft = await NewArticleAsync(m, "Źródła w szkicu");
            await m.CreateAsync(draft, publish: false);
        });

        var byTitle = await site.RunAsync<ContentQuery, IReadOnlyList<ContentItem>>(q => q.SearchAsync("zrodla"));
        var byBody = await site.RunAsync<ContentQuery, IReadOnlyList<ContentItem>>(q => q.SearchAsync("lodz"));
        var upper = await site.RunAsync<ContentQuery, IReadOnlyList<ContentItem>>(q => q.SearchAsync("ŹRÓDŁA WIEDZY"));
        var none = await site.RunAsync<ContentQuery, IReadOnlyList<ContentItem>>(q => q.SearchAsync("nieistniejace"));

        Assert.Equal("Źródła wiedzy", Assert.Single(byTitle).DisplayText);
        Assert.Equal("Źródła wiedzy", Assert.Single(byBody).DisplayText);
        Assert.Single(upper);
        Assert.Empty(none);
    }

    [Fact]
    public async Task Lists_and_taxonomy_terms_are_answered_from_their_indexes()
    {
        await using var site = await CreateSiteAsync();
        var (shelfId, titles) = await site.RunAsync<ContentManager, (string, string[])>(async m =>
        {
            var shelf = await m.NewAsync("Shelf");
            shelf.GetOrCreatePart("TitlePart")["Title"] = "Półka";
            await m.CreateAsync(shelf, publish: true);
            var names = new[] { "Trzeci", "Pierwszy", "Drugi" };
            var order = new[] { 2, 0, 1 };
            for (var i = 0; i < 3; i++)
            {
                var item = await NewArticleAsync(m, names[i]);
                item.GetOrCreatePart("ContainedPart")["ListContentItemId"] = shelf.ContentItemId;
                item.GetOrCreatePart("ContainedPart")["Order"] = order[i];
                item.GetOrCreatePart("Article")["Areas"] = new System.Text.Json.Nodes.JsonObject
                {
                    ["TaxonomyContentItemId"] = "tax",
                    ["TermContentItemIds"] = new System.Text.Json.Nodes.JsonArray(i == 0 ? "term-a" : "term-b"),
                };
                await m.CreateAsync(item, publish: true);
            }

            return (shelf.ContentItemId, names);
        });

        var contained = await site.RunAsync<ContentQuery, IReadOnlyList<ContentItem>>(q => q.ContainedAsync(shelfId));
        var (termB, termBTotal) = await site.RunAsync<ContentQuery, (IReadOnlyList<ContentItem>, int)>(q => q.PageOfTypeAsync("Article", "term-b", 0, 10));

        Assert.Equal(["Pierwszy", "Drugi", "Trzeci"], contained.Select(c => c.DisplayText));
        Assert.Equal(["Drugi", "Pierwszy"], termB.Select(c => c.DisplayText!).Order());
        Assert.Equal(2, termBTotal);
        Assert.Contains(titles[0], contained.Select(c => c.DisplayText));
    }

    [Fact]
    public async Task An_item_in_a_list_that_does_not_exist_is_refused()
    {
        await using var site = await CreateSiteAsync();
        var error = await Assert.ThrowsAsync<ContentValidationException>(() => site.RunAsync<ContentManager>(async m =>
        {
            var item = await NewArticleAsync(m, "Sierota");
            item.GetOrCreatePart("ContainedPart")["ListContentItemId"] = "nie-ma-takiej-listy";
            await m.CreateAsync(item, publish: true);
        }));

        Assert.Equal("ContainedPart.ListContentItemId", error.Errors[0].Property);
    }

    [Fact]
    public async Task Clone_makes_a_draft_copy_with_a_new_path()
    {
        await using var site = await CreateSiteAsync();
        var id = await site.RunAsync<ContentManager, string>(async m =>
        {
            var item = await NewArticleAsync(m, "Oryginał");
            await m.CreateAsync(item, publish: true);
            return item.ContentItemId;
        });

        var clone = await site.RunAsync<ContentManager, ContentItem>(m => m.CloneAsync(id));

        Assert.NotEqual(id, clone.ContentItemId);
        Assert.False(clone.Published);
        Assert.Equal("oryginal-2", clone.Part("AutoroutePart")!["Path"]!.GetValue<string>());
    }
}

public sealed class SqliteContentStoreTests() : ContentStoreTests(DatabaseKind.Sqlite);

public sealed class PostgresContentStoreTests() : ContentStoreTests(DatabaseKind.Postgres);
