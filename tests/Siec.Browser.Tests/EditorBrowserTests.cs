using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Siec.Browser.Tests;

/// <summary>
/// An editor in real Chromium writes with the toolbar, pastes a picture (it uploads, asks for its alt text and shows in
/// the live preview), finds it in the media picker, loses the tab and gets the text back, publishes; readers get the
/// picture with its alt text and a srcset of WebP widths. The menu, editor and picker work from the keyboard; every
/// admin page kind passes axe.
/// </summary>
public sealed class EditorBrowserTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private static readonly string[] AdminPages =
    [
        "/Admin", "/Admin/Content", "/Admin/Content?type=BlogPost", "/Admin/Content/Edit?type=BlogPost", "/Admin/Content/Edit?type=Material",
        "/Admin/Content/Edit?type=Workshop", "/Admin/Review", "/Admin/Submissions", "/Admin/Reports", "/Admin/Media", "/Admin/Users",
        "/Admin/Roles", "/Admin/Recipes", "/Admin/Settings", "/Admin/Templates", "/Admin/Audit",
    ];

    [Fact]
    public async Task An_editor_writes_with_the_toolbar_pastes_a_picture_recovers_lost_text_and_publishes_it_responsive()
    {
        var page = await SignInAsync();
        try
        {
            await page.GotoAsync(site.BaseUrl + "/Admin/Content/Edit?type=BlogPost");
            await page.FillAsync("#f-TitlePart-Title", "Wpis z obrazem z edytora");
            var body = page.Locator("#f-MarkdownBodyPart-Markdown");
            await body.FillAsync("Uczestnicy pracowali w grupach.");
            await body.EvaluateAsync("a => a.setSelectionRange(11, 20)");
            await page.GetByRole(AriaRole.Button, new() { Name = "Pogrubienie", Exact = true }).ClickAsync();
            Assert.Equal("Uczestnicy **pracowali** w grupach.", await body.InputValueAsync());
            await page.WaitForSelectorAsync(".md-preview strong:text('pracowali')");

            page.Dialog += async (_, dialog) => await dialog.AcceptAsync("Wykres liczby uczestników");
            await body.EvaluateAsync("a => a.setSelectionRange(a.value.length, a.value.length)");
            await body.EvaluateAsync("""
                async area => {
                  const canvas = document.createElement('canvas');
                  canvas.width = 1200; canvas.height = 600;
                  const g = canvas.getContext('2d'); g.fillStyle = '#00427a'; g.fillRect(0, 0, 1200, 600);
                  const blob = await new Promise(r => canvas.toBlob(r, 'image/png'));
                  const data = new DataTransfer();
                  data.items.add(new File([blob], 'wykres.png', { type: 'image/png' }));
                  area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
                }
                """);
            await page.WaitForFunctionAsync("() => document.querySelector('#f-MarkdownBodyPart-Markdown').value.includes('![Wykres liczby uczestników](/media/obrazy/')");
            var preview = page.Locator(".md-preview img[alt='Wykres liczby uczestników']");
            await preview.WaitForAsync();
            Assert.Contains("?w=480 480w", await preview.GetAttributeAsync("srcset"));
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSite.Artifacts, "panel-edytor.png"), FullPage = true });

            var pictureButton = page.GetByRole(AriaRole.Button, new() { Name = "Obraz", Exact = true });
            await pictureButton.FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            var picker = page.Locator("dialog.media-picker");
            await picker.GetByRole(AriaRole.Button, new() { Name = "📁 obrazy" }).ClickAsync();
            await picker.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("📁 [0-9]{4}-[0-9]{2}") }).ClickAsync();
            await picker.Locator("img").First.WaitForAsync();
            Assert.Equal(1, await picker.Locator("button[aria-label^='Wybierz obrazy/']").CountAsync());
            await Axe.AssertNoSeriousViolationsAsync(page);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSite.Artifacts, "panel-wybor-mediow.png") });
            await page.Keyboard.PressAsync("Escape");
            Assert.False(await picker.IsVisibleAsync());
            Assert.Equal("Obraz", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));

            await body.FocusAsync();
            await page.Keyboard.PressAsync("End");
            await page.Keyboard.TypeAsync(" Tekst dopisany tuż przed awarią.");
            var typed = await body.InputValueAsync();
            var context = page.Context;
            await page.CloseAsync();
            page = await context.NewPageAsync();
            await page.GotoAsync(site.BaseUrl + "/Admin/Content/Edit?type=BlogPost");
            await page.GetByRole(AriaRole.Button, new() { Name = "Przywróć niezapisany tekst" }).ClickAsync();
            Assert.Equal(typed, await page.InputValueAsync("#f-MarkdownBodyPart-Markdown"));

            await page.FillAsync("#f-TitlePart-Title", "Wpis z obrazem z edytora");
            await page.SelectOptionAsync("#f-ContainedPart-ListContentItemId", new SelectOptionValue { Label = "Blog koordynatora sieci" });
            await Task.WhenAll(page.WaitForURLAsync("**/Admin/Content/Edit?id=*"), page.GetByRole(AriaRole.Button, new() { Name = "Opublikuj", Exact = true }).ClickAsync());
            Assert.Equal("Opublikowano.", await page.InnerTextAsync("p.notice"));
            Assert.Equal(0, await page.Locator(".md-restore").CountAsync());

            await page.GotoAsync(site.BaseUrl + "/blog/wpis-z-obrazem-z-edytora");
            var picture = page.Locator("article img[alt='Wykres liczby uczestników']");
            var srcset = await picture.GetAttributeAsync("srcset");
            Assert.Matches(@"^/media/obrazy/[0-9]{4}-[0-9]{2}/wykres-[0-9a-f]{6}\.png\?w=480 480w, .+\?w=960 960w, .+\?w=1920 1920w$", srcset);
            var variant = await page.APIRequest.GetAsync(site.BaseUrl + srcset!.Split(' ')[0]);
            Assert.Equal("image/webp", variant.Headers["content-type"]);
            Assert.True(await picture.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task The_menu_and_every_admin_page_kind_work_from_the_keyboard_and_pass_axe()
    {
        var page = await SignInAsync();
        try
        {
            await page.GotoAsync(site.BaseUrl + "/Admin");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSite.Artifacts, "panel-pulpit.png"), FullPage = true });
            for (var i = 0; i < 40 && await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()") != "Biblioteka mediów"; i++)
            {
                await page.Keyboard.PressAsync("Tab");
            }

            await Task.WhenAll(page.WaitForURLAsync("**/Admin/Media"), page.Keyboard.PressAsync("Enter"));
            Assert.Equal("page", await page.GetByRole(AriaRole.Link, new() { Name = "Biblioteka mediów" }).GetAttributeAsync("aria-current"));

            foreach (var path in AdminPages)
            {
                await page.GotoAsync(site.BaseUrl + path);
                Assert.DoesNotMatch(new Regex("Błąd|Error"), await page.TitleAsync());
                await Axe.AssertNoSeriousViolationsAsync(page);
            }

            await page.SetViewportSizeAsync(480, 900);
            await page.GotoAsync(site.BaseUrl + "/Admin");
            Assert.False(await page.GetByRole(AriaRole.Link, new() { Name = "Biblioteka mediów" }).IsVisibleAsync());
            await page.GetByText("Menu panelu").ClickAsync();
            Assert.True(await page.GetByRole(AriaRole.Link, new() { Name = "Biblioteka mediów" }).IsVisibleAsync());
            await Axe.AssertNoSeriousViolationsAsync(page);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>Signs in on a page of a browser context of its own, which a closed tab leaves open (with its storage).</summary>
    private async Task<IPage> SignInAsync()
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, Locale = "pl-PL" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/Login");
        await BrowserSite.SignInAsync(page, BrowserSite.AdminName, BrowserSite.AdminPassword, "**/Admin");
        return page;
    }
}
