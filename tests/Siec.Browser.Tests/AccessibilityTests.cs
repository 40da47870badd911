using Microsoft.Playwright;

namespace Siec.Browser.Tests;

/// <summary>Every reader page kind in real Chromium: axe finds no serious or critical WCAG violation.</summary>
public sealed class AccessibilityTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    public static TheoryData<string, string?> Pages => new()
    {
        { "/", "strona-glowna" },
        { "/blog", null },
        { "/blog/inauguracja-sieci", "wpis-na-blogu" },
        { "/materialy", "materialy" },
        { "/materialy/scenariusz-zajec-o-wspolpracy-ze-srodowiskiem-lokalnym", null },
        { "/warsztaty", null },
        { "/warsztaty/spotkanie-inauguracyjne-sulejowek", "warsztaty" },
        { "/forum", null },
        { "/forum/sprawy-ogolne", null },
        { "/forum/sprawy-ogolne/witamy-na-forum-sieci", null },
        { "/obszary/wspolpraca-ze-srodowiskiem-lokalnym", null },
        { "/szukaj?q=sulejowek", null },
        { "/o-sieci", null },
        { "/deklaracja-dostepnosci", null },
        { "/nie-ma-takiej-strony", null },
        { "/dolacz", "formularz-dolaczenia" },
        { "/czlonkowie", null },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_reader_page_has_no_serious_or_critical_axe_violation(string path, string? screenshot)
    {
        var page = await site.OpenAsync(path);
        try
        {
            Assert.Equal("pl", await page.GetAttributeAsync("html", "lang"));
            Assert.Equal(1, await page.Locator("h1").CountAsync());
            await Axe.AssertNoSeriousViolationsAsync(page);
            if (screenshot is not null)
            {
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSite.Artifacts, screenshot + ".png"), FullPage = true });
            }
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    [Fact]
    public async Task Searching_sulejowek_from_the_header_finds_the_post_and_the_workshop_written_w_Sulejowku()
    {
        var page = await site.OpenAsync("/");
        try
        {
            await page.GetByLabel("Szukaj w serwisie").FillAsync("sulejowek");
            await Task.WhenAll(page.WaitForURLAsync("**/szukaj?q=sulejowek"), page.GetByRole(AriaRole.Button, new() { Name = "Szukaj", Exact = true }).ClickAsync());
            Assert.Equal(1, await page.Locator("a[href='/blog/inauguracja-sieci']").CountAsync());
            Assert.Equal(1, await page.Locator("a[href='/warsztaty/spotkanie-inauguracyjne-sulejowek']").CountAsync());
            // The inflected form the texts use is what is marked.
            Assert.Contains("Sulejówku", await page.Locator("mark").AllTextContentsAsync());
            await Axe.AssertNoSeriousViolationsAsync(page);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSite.Artifacts, "wyszukiwanie.png"), FullPage = true });
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    [Fact]
    public async Task The_join_form_sent_empty_shows_each_error_by_its_field_and_then_sends()
    {
        var page = await site.OpenAsync("/dolacz");
        try
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Wyślij zgłoszenie" }).ClickAsync();
            await page.WaitForSelectorAsync("#bledy");
            Assert.Equal(8, await page.Locator("#bledy li").CountAsync());
            Assert.Equal("true", await page.GetAttributeAsync("#Nazwisko", "aria-invalid"));
            Assert.Equal("Nazwisko-blad", await page.GetAttributeAsync("#Nazwisko", "aria-describedby"));
            await Axe.AssertNoSeriousViolationsAsync(page);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSite.Artifacts, "formularz-bledy.png"), FullPage = true });

            await page.GetByLabel("Imię").FillAsync("Maria");
            await page.GetByLabel("Nazwisko").FillAsync("Kwiatkowska");
            await page.GetByLabel("Adres e-mail").FillAsync("maria.kwiatkowska@example.org");
            await page.GetByLabel("Biblioteka lub instytucja").FillAsync("Biblioteka Pedagogiczna w Toruniu");
            await page.GetByLabel("Województwo").SelectOptionAsync("kujawsko-pomorskie");
            await page.GetByLabel("Twoja rola").SelectOptionAsync("nauczyciel bibliotekarz");
            await page.GetByLabel("Dlaczego chcesz dołączyć do sieci?").FillAsync("Chcę się uczyć od innych bibliotek.");
            await page.GetByLabel("Wyrażam zgodę", new() { Exact = false }).CheckAsync();
            await Task.WhenAll(page.WaitForURLAsync("**/dolacz?wyslano=1"), page.GetByRole(AriaRole.Button, new() { Name = "Wyślij zgłoszenie" }).ClickAsync());
            Assert.Equal("Dziękujemy!", await page.Locator("h2").First.TextContentAsync());
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    [Fact]
    public async Task The_skip_link_is_the_first_stop_and_moves_focus_to_the_content()
    {
        var page = await site.OpenAsync("/blog/inauguracja-sieci");

        await page.Keyboard.PressAsync("Tab");
        var first = await page.EvaluateAsync<string>("document.activeElement.textContent");
        var visible = await page.EvaluateAsync<bool>("document.activeElement.getBoundingClientRect().left >= 0");
        await page.Keyboard.PressAsync("Enter");

        Assert.Equal("Przejdź do treści", first);
        Assert.True(visible);
        Assert.EndsWith("#tresc", page.Url);
        await page.CloseAsync();
    }

    [Fact]
    public async Task The_menu_works_from_the_keyboard_with_a_visible_focus()
    {
        var page = await site.OpenAsync("/");

        for (var i = 0; i < 20 && await page.EvaluateAsync<string>("document.activeElement.textContent") != "Warsztaty"; i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        var outline = await page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineStyle");
        await Task.WhenAll(page.WaitForURLAsync("**/warsztaty"), page.Keyboard.PressAsync("Enter"));

        Assert.NotEqual("none", outline);
        Assert.Equal("Warsztaty i spotkania", await page.InnerTextAsync("h1"));
        await page.CloseAsync();
    }

    [Fact]
    public async Task Pages_fit_a_320_pixel_wide_screen()
    {
        foreach (var path in new[] { "/", "/materialy", "/warsztaty/spotkanie-inauguracyjne-sulejowek", "/forum" })
        {
            var page = await site.OpenAsync(path, width: 320);
            var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
            await page.CloseAsync();
            Assert.True(overflow <= 0, $"{path} is {overflow}px wider than a 320px screen");
        }
    }
}
