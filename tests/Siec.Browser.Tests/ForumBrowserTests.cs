using Microsoft.Playwright;

namespace Siec.Browser.Tests;

/// <summary>A member in real Chromium: signs in, starts a topic, replies quoting a reply; the forum pages pass axe.</summary>
public sealed class ForumBrowserTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task A_member_starts_a_topic_and_replies_with_a_quote()
    {
        var name = await site.CreateMemberAsync("czlonkini-przegladarka", "Haslo-Czlonka-1");
        var page = await site.OpenAsync("/Login");
        try
        {
            await BrowserSite.SignInAsync(page, name, "Haslo-Czlonka-1", "**/konto");

            await page.GotoAsync(site.BaseUrl + "/forum/sprawy-ogolne");
            await Axe.AssertNoSeriousViolationsAsync(page);
            await page.GetByLabel("Tytuł tematu").FillAsync("Jak zacząć współpracę ze szkołą?");
            await page.FillAsync("#tresc-wpisu", "Szukam **sprawdzonych** sposobów.");
            // The live preview beside the text, before any button: the same editor as the admin's.
            await page.WaitForSelectorAsync(".md-preview strong:text('sprawdzonych')");
            Assert.True(await page.GetByRole(AriaRole.Button, new() { Name = "Pogrubienie", Exact = true }).IsVisibleAsync());
            await page.GetByRole(AriaRole.Button, new() { Name = "Podgląd" }).ClickAsync();
            Assert.Equal("sprawdzonych", await page.InnerTextAsync(".preview strong"));
            // The answered page's editor settles (its live preview fills in) before the next click, as a reader's eye would.
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await page.WaitForSelectorAsync(".md-preview strong:text('sprawdzonych')");
            await Task.WhenAll(page.WaitForURLAsync("**/forum/sprawy-ogolne/jak-zaczac-wspolprace-ze-szkola"), page.GetByRole(AriaRole.Button, new() { Name = "Załóż temat" }).ClickAsync());
            Assert.Equal("Jak zacząć współpracę ze szkołą?", await page.InnerTextAsync("h1"));

            await page.FillAsync("#tresc-wpisu", "Najpierw rozmowa z dyrekcją.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Wyślij odpowiedź" }).ClickAsync();
            await page.WaitForSelectorAsync("text=Najpierw rozmowa z dyrekcją.");
            await page.GetByRole(AriaRole.Link, new() { Name = "Cytuj", Exact = false }).First.ClickAsync();
            var quoted = await page.InputValueAsync("#tresc-wpisu");
            Assert.StartsWith("> **czlonkini-przegladarka** napisał(a):\n> Najpierw rozmowa z dyrekcją.", quoted);
            await page.FillAsync("#tresc-wpisu", quoted + "A potem z nauczycielami.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Wyślij odpowiedź" }).ClickAsync();
            await page.WaitForSelectorAsync("blockquote >> text=Najpierw rozmowa z dyrekcją.");
            Assert.Equal(2, await page.Locator("article.reply").CountAsync());
            await Axe.AssertNoSeriousViolationsAsync(page);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSite.Artifacts, "forum-temat.png"), FullPage = true });

            await page.GotoAsync(site.BaseUrl + "/forum");
            await Axe.AssertNoSeriousViolationsAsync(page);
            await page.GotoAsync(site.BaseUrl + "/konto/profil");
            Assert.Equal("czlonkini-przegladarka", await page.InputValueAsync("#f-TitlePart-Title"));
            await Axe.AssertNoSeriousViolationsAsync(page);
        }
        finally
        {
            await page.CloseAsync();
        }
    }
}
