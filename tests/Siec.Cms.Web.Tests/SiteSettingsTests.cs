using System.Net;
using Siec.Cms.Web.Tests.Infrastructure;
using static Siec.Cms.Web.Tests.Infrastructure.HtmlForms;

namespace Siec.Cms.Web.Tests;

/// <summary>
/// Ustawienia strony in the admin: the coordinator's address, the footer's sentence and the main menu's links, checked
/// and kept as typed when refused; readers see the change at once; only ManageSettings may change them.
/// </summary>
public sealed class SiteSettingsTests : MailSiteTest
{
    [Fact]
    public async Task The_coordinator_address_footer_and_menu_are_edited_in_the_admin_and_bad_input_changes_nothing()
    {
        var admin = await MailSites.SignedInAsync(Site, "admin");
        var reader = MailSites.Client(Site);
        Assert.Contains(">Blog</a>", await reader.GetStringAsync("/"));
        var form = await FormAsync(admin, "/Admin/Settings");
        Assert.Equal("moderator_siecibp@ore.edu.pl", form["Extra[ModeratorEmail]"]);
        var blogRow = form.First(f => f.Value == "Blog").Key.Replace(".Text", "");
        var newRow = form.First(f => f.Key.StartsWith("MenuRows[", StringComparison.Ordinal) && f.Key.EndsWith(".Text", StringComparison.Ordinal) && f.Value.Length == 0).Key.Replace(".Text", "");

        var refused = await PostAsync(admin, "/Admin/Settings", new Dictionary<string, string>(form), new()
        {
            ["Extra[ModeratorEmail]"] = "koordynator at example", ["Extra[FooterText]"] = "Stopka, która nie powinna się zapisać",
            [blogRow + ".Text"] = "Blog koordynatorki", [blogRow + ".Url"] = "javascript:alert(1)", ["Extra[HomeHiddenBlocks]"] = "nieznany",
        });
        var refusedHtml = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("podaj jeden adres e-mail", refusedHtml);
        Assert.Contains("adres musi zaczynać się od /", refusedHtml);
        Assert.Contains("Ukryj na stronie głównej: wybierz z listy.", refusedHtml);
        Assert.Contains("value=\"Stopka, która nie powinna się zapisać\"", refusedHtml);
        Assert.Contains("value=\"javascript:alert(1)\"", refusedHtml);
        Assert.DoesNotContain("Stopka, która nie powinna się zapisać", await reader.GetStringAsync("/?po-odmowie=1"));

        var saved = await PostAsync(admin, "/Admin/Settings", new Dictionary<string, string>(form), new()
        {
            ["Extra[ModeratorEmail]"] = "koordynatorka@example.org", ["Extra[FooterText]"] = "Sieć prowadzi Ośrodek Rozwoju Edukacji w Warszawie.",
            [blogRow + ".Text"] = "Blog koordynatorki", [newRow + ".Text"] = "Moje materiały", [newRow + ".Url"] = "/konto/materialy", ["Extra[HomeHiddenBlocks]"] = "forum",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var home = await reader.GetStringAsync("/");
        Assert.Contains(">Blog koordynatorki</a>", home);
        Assert.Contains("href=\"/konto/materialy\">Moje materiały</a>", home);
        Assert.Contains("Sieć prowadzi Ośrodek Rozwoju Edukacji w Warszawie.", home);
        Assert.DoesNotContain("<h2 id=\"forum\">Na forum</h2>", home);
        Assert.Contains("<h2 id=\"wpisy\">Z bloga koordynatora</h2>", home);
        Assert.Equal("koordynatorka@example.org", (await FormAsync(admin, "/Admin/Settings"))["Extra[ModeratorEmail]"]);

        var editor = await MailSites.SignedInAsync(Site, await MailSites.UserAsync(Site, "redaktorka-ustawien", "Editor"));
        Assert.NotEqual(HttpStatusCode.OK, (await editor.GetAsync("/Admin/Settings")).StatusCode);
        var editorToken = (await FormAsync(editor, "/Admin/Content/Edit?type=BlogPost"))["__RequestVerificationToken"];
        await editor.PostAsync("/Admin/Settings", new FormUrlEncodedContent(new Dictionary<string, string>(form) { ["SiteName"] = "Przejęta", ["__RequestVerificationToken"] = editorToken }));
        Assert.DoesNotContain("Przejęta", await reader.GetStringAsync("/?po-probie=1"));
    }
}
