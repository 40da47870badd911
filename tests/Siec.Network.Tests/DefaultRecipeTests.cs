using System.Globalization;
using System.Text.Json.Nodes;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Forms;
using Siec.Cms.Core.Security;
using Siec.Cms.Core.Tests.Infrastructure;
using Siec.Network.Workshops;

namespace Siec.Network.Tests;

/// <summary>A fresh site set up with the default recipe holds the network of the seed article, and nothing invented.</summary>
public sealed class DefaultRecipeTests
{
    private static readonly TimeZoneInfo Warsaw = TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");

    [Fact]
    public async Task The_blog_holds_the_seed_article_as_its_first_post()
    {
        await using var site = await NetworkSite.SetUpAsync();
        var blog = Assert.Single(await site.RunAsync<ContentQuery, IReadOnlyList<ContentItem>>(q => q.ByTypeAsync("Blog")));
        var posts = await site.RunAsync<ContentQuery, IReadOnlyList<ContentItem>>(q => q.ContainedAsync(blog.ContentItemId));

        var post = Assert.Single(posts);
        Assert.Equal("blog/inauguracja-sieci", post.Part("AutoroutePart")!["Path"]!.GetValue<string>());
        var markdown = post.Part("MarkdownBodyPart")!["Markdown"]!.GetValue<string>();
        Assert.StartsWith("Informujemy, że swoją pracę rozpoczęła", markdown);
        Assert.Contains("w Sulejówku w centrum szkoleniowym Ośrodka Rozwoju Edukacji", markdown);
        Assert.Contains("mailto:moderator_siecibp@ore.edu.pl", markdown);
        Assert.Equal(5, post.Part("BlogPost")!["ThematicAreas"]!["TermContentItemIds"]!.AsArray().Count);
        // Neither form is the post's own ("w Sulejówku", "Inauguracja"): the dictionary joins them.
        var found = await site.RunAsync<ContentQuery, IReadOnlyList<ContentItem>>(q => q.SearchAsync("sulejowek inauguracji"));
        Assert.Contains(found, f => f.ContentItemId == post.ContentItemId);
        var place = await site.RunAsync<ContentQuery, IReadOnlyList<ContentItem>>(q => q.SearchAsync("sulejowek"));
        Assert.Contains(place, f => f.ContentItemId == post.ContentItemId);
        Assert.Contains(place, f => f.ContentType == "Workshop" && f.DisplayText == "Spotkanie inauguracyjne sieci w Sulejówku");
    }

    [Fact]
    public async Task The_seed_article_carries_the_seeds_date_not_the_day_of_installation()
    {
        await using var site = await NetworkSite.SetUpAsync();

        var post = (await site.RunAsync<ContentQuery, ContentItem?>(q => q.ByPathAsync("blog/inauguracja-sieci")))!;

        // The meeting was on 26–27 September 2014; the article went up soon after.
        Assert.Equal(new DateTime(2014, 9, 30, 8, 0, 0, DateTimeKind.Utc), post.PublishedUtc);
        Assert.Equal(new DateTime(2014, 9, 30, 8, 0, 0, DateTimeKind.Utc), post.CreatedUtc);
    }

    [Fact]
    public async Task Five_thematic_areas_from_the_seed_are_terms_of_one_taxonomy()
    {
        await using var site = await NetworkSite.SetUpAsync();
        var taxonomies = await site.RunAsync<ContentQuery, IReadOnlyList<ContentItem>>(q => q.ByTypeAsync("Taxonomy"));
        var areas = taxonomies.Single(t => t.Part("AliasPart")!["Alias"]!.GetValue<string>() == "obszary-tematyczne");

        var terms = areas.Part("TaxonomyPart")!["Terms"]!.AsArray().Select(t => t!["DisplayText"]!.GetValue<string>()).ToList();

        Assert.Equal(5, terms.Count);
        Assert.Equal("Zmiany w strukturze organizacyjnej bibliotek pedagogicznych", terms[0]);
        Assert.Equal("Przełamywanie stereotypowego postrzegania zadań bibliotek pedagogicznych", terms[3]);
        Assert.StartsWith("Współpraca ze środowiskiem lokalnym", terms[4]);
        Assert.Equal(Common.NetworkIds.ThematicAreasTaxonomy, areas.ContentItemId);
    }

    [Fact]
    public async Task The_inauguration_workshop_has_its_dates_place_sessions_and_people()
    {
        await using var site = await NetworkSite.SetUpAsync();
        var workshop = Assert.Single(await site.RunAsync<ContentQuery, IReadOnlyList<ContentItem>>(q => q.ByTypeAsync("Workshop")));
        var part = workshop.Part("Workshop")!;

        var start = TimeZoneInfo.ConvertTimeFromUtc(ContentItemJson.FieldDate(part["Start"])!.Value, Warsaw);
        var end = TimeZoneInfo.ConvertTimeFromUtc(ContentItemJson.FieldDate(part["End"])!.Value, Warsaw);
        Assert.Equal(new DateTime(2014, 9, 26), start.Date);
        Assert.Equal(new DateTime(2014, 9, 27), end.Date);
        Assert.Equal("26 września 2014", start.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("pl-PL")));
        Assert.False(WorkshopSchedule.IsUpcoming(workshop, DateTime.UtcNow));
        Assert.Equal("Sulejówek", part["PlaceCity"]!["Text"]!.GetValue<string>());
        Assert.Equal("Centrum szkoleniowe Ośrodka Rozwoju Edukacji", part["PlaceName"]!["Text"]!.GetValue<string>());
        Assert.Equal(["Katarzyna Leśniewska", "Dawid Skowyrza", "Elżbieta Mieczkowska", "Agnieszka Pietryka"],
            part["Speakers"]!["Values"]!.AsArray().Select(v => v!.GetValue<string>()));

        var sessions = workshop.Part("Sessions")!["ContentItems"]!.AsArray().Select(s => s!.AsObject()).ToList();
        Assert.Equal(5, sessions.Count);
        Assert.Contains("Katarzyna Leśniewska (Ośrodek Rozwoju Edukacji w Warszawie)", Leaders(sessions[0]));
        Assert.Contains("Dawid Skowyrza", Leaders(sessions[1]));
        Assert.All(sessions.Skip(2), s => Assert.Equal(["Elżbieta Mieczkowska (koordynator sieci)", "Agnieszka Pietryka (ORE)"], Leaders(s)));
    }

    [Fact]
    public async Task The_forum_has_a_category_per_area_plus_general_matters_and_a_welcome_topic()
    {
        await using var site = await NetworkSite.SetUpAsync();
        var forum = Assert.Single(await site.RunAsync<ContentQuery, IReadOnlyList<ContentItem>>(q => q.ByTypeAsync("Forum")));
        var categories = await site.RunAsync<ContentQuery, IReadOnlyList<ContentItem>>(q => q.ContainedAsync(forum.ContentItemId));

        Assert.Equal(6, categories.Count);
        Assert.Equal("Sprawy ogólne", categories[0].DisplayText);
        Assert.Equal(5, categories.Skip(1).Select(c => c.Part("ForumCategory")!["ThematicAreas"]!["TermContentItemIds"]![0]!.GetValue<string>()).Distinct().Count());
        var topics = await site.RunAsync<ContentQuery, IReadOnlyList<ContentItem>>(q => q.ContainedAsync(categories[0].ContentItemId));
        var welcome = Assert.Single(topics);
        Assert.Equal("forum/sprawy-ogolne/witamy-na-forum-sieci", welcome.Part("AutoroutePart")!["Path"]!.GetValue<string>());
        Assert.Contains("spotkania z ekspertami", welcome.Part("MarkdownBodyPart")!["Markdown"]!.GetValue<string>());
    }

    [Fact]
    public async Task Pages_menu_roles_and_settings_are_there()
    {
        await using var site = await NetworkSite.SetUpAsync();
        var about = await site.RunAsync<ContentQuery, ContentItem?>(q => q.ByPathAsync("o-sieci"));
        var contact = await site.RunAsync<ContentQuery, ContentItem?>(q => q.ByPathAsync("kontakt"));
        var menu = Assert.Single(await site.RunAsync<ContentQuery, IReadOnlyList<ContentItem>>(q => q.ByTypeAsync("Menu")));
        var roles = await site.RunAsync<RoleService, RolesDocument>(r => r.LoadAsync());

        Assert.Contains("moderator\\_siecibp@ore.edu.pl", about!.Part("MarkdownBodyPart")!["Markdown"]!.GetValue<string>());
        Assert.Contains("Elżbieta Mieczkowska", about.Part("MarkdownBodyPart")!["Markdown"]!.GetValue<string>());
        Assert.NotNull(contact);
        Assert.Equal(["~/", "~/blog", "~/forum", "~/materialy", "~/warsztaty", "~/o-sieci", "~/kontakt", "~/dolacz"],
            menu.Part("MenuItemsListPart")!["MenuItems"]!.AsArray().Select(m => m!["LinkMenuItemPart"]!["Url"]!.GetValue<string>()));
        Assert.Equal(["Administrator", "Anonymous", "Authenticated", "Editor", "Member", "Moderator"], roles.Roles.Select(r => r.Name).Order());
        Assert.Equal("Członek sieci: pisze na forum i dodaje własne materiały.", roles.Find("Member")!.Description);
        Assert.Contains("PublishOwn_ForumReply", roles.Find("Member")!.Permissions);
    }

    [Fact]
    public async Task The_join_form_asks_what_the_issue_lists_with_the_rodo_clause_and_a_spam_trap()
    {
        await using var site = await NetworkSite.SetUpAsync();
        var item = await site.RunAsync<ContentQuery, ContentItem?>(q => q.ByPathAsync("dolacz"));

        Assert.Equal("JoinForm", item!.ContentType);
        var form = FormDefinition.From(item);
        Assert.Equal(["Imie", "Nazwisko", "Email", "Instytucja", "Wojewodztwo", "Rola", "Motywacja", "Zgoda"], form.Inputs.Select(i => i.Name));
        Assert.All(form.Inputs, i => Assert.True(i.Required, i.Name));
        Assert.Equal("email", form.Inputs.Single(i => i.Name == "Email").Type);
        Assert.Equal(16, form.Inputs.Single(i => i.Name == "Wojewodztwo").Options.Count);
        Assert.Contains("art. 13 RODO", form.Elements.Single(e => e.Html.Contains("Administratorem")).Html);
        Assert.True(form.Inputs.Single(i => i.Name == "Zgoda").IsCheckbox);
        Assert.Equal("Strona", form.Elements.Single(e => e.Kind == "SpamTrap").Name);
        Assert.True(form.EnableAntiForgeryToken);
    }

    [Fact]
    public async Task Nothing_is_invented_there_are_no_materials_and_one_workshop()
    {
        await using var site = await NetworkSite.SetUpAsync();

        Assert.Empty(await site.RunAsync<ContentQuery, IReadOnlyList<ContentItem>>(q => q.ByTypeAsync("Material")));
        Assert.Single(await site.RunAsync<ContentQuery, IReadOnlyList<ContentItem>>(q => q.ByTypeAsync("Workshop")));
        Assert.Single(await site.RunAsync<ContentQuery, IReadOnlyList<ContentItem>>(q => q.ByTypeAsync("BlogPost")));
    }

    private static IEnumerable<string> Leaders(JsonObject session) =>
        session["WorkshopSession"]!["Leaders"]!["Values"]!.AsArray().Select(v => v!.GetValue<string>());
}
