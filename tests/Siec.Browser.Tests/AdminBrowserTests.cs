using Microsoft.AspNetCore.Identity;
using Microsoft.Playwright;
using Siec.Cms.Web.Tests.Infrastructure;

namespace Siec.Browser.Tests;

/// <summary>An editor in real Chromium: signs in, writes and publishes a blog post; the admin pages pass axe.</summary>
public sealed class AdminBrowserTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task An_editor_signs_in_writes_and_publishes_a_post_and_readers_see_it()
    {
        var page = await site.OpenAsync("/Admin");
        Assert.Contains("/Login", page.Url);
        await Axe.AssertNoSeriousViolationsAsync(page);

        await BrowserSite.SignInAsync(page, BrowserSite.AdminName, BrowserSite.AdminPassword, "**/Admin");
        await page.GotoAsync(site.BaseUrl + "/Admin/Content?type=BlogPost");
        await Axe.AssertNoSeriousViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Nowy element", Exact = true }).ClickAsync();
        await Axe.AssertNoSeriousViolationsAsync(page);
        await page.FillAsync("#f-TitlePart-Title", "Relacja z warsztatów w przeglądarce");
        await page.FillAsync("#f-MarkdownBodyPart-Markdown", "Uczestnicy **pracowali w grupach**.");
        await page.CheckAsync("text=Motywowanie nauczycieli szkół i placówek, w tym praca z dorosłymi");
        await Task.WhenAll(page.WaitForURLAsync("**/Admin/Content/Edit?id=*"), page.GetByRole(AriaRole.Button, new() { Name = "Opublikuj", Exact = true }).ClickAsync());
        Assert.Equal("Opublikowano.", await page.InnerTextAsync("p.notice"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSite.Artifacts, "panel-edycja.png"), FullPage = true });

        await page.GotoAsync(site.BaseUrl + "/blog/relacja-z-warsztatow-w-przegladarce");
        Assert.Equal("Relacja z warsztatów w przeglądarce", await page.InnerTextAsync("h1"));
        Assert.Equal("pracowali w grupach", await page.InnerTextAsync("article strong"));
        await page.CloseAsync();
    }

    [Fact]
    public async Task Uploading_several_files_shows_progress_and_lists_them()
    {
        var page = await site.OpenAsync("/Login?ReturnUrl=%2FAdmin%2FMedia");
        await BrowserSite.SignInAsync(page, BrowserSite.AdminName, BrowserSite.AdminPassword, "**/Admin/Media");
        await Axe.AssertNoSeriousViolationsAsync(page);
        await page.EvaluateAsync(@"() => new MutationObserver(() => sessionStorage.setItem('postep', document.getElementById('upload-status').textContent))
            .observe(document.getElementById('upload-status'), { childList: true, characterData: true, subtree: true })");

        await page.SetInputFilesAsync("#files", new[]
        {
            new FilePayload { Name = "program-spotkania.pdf", MimeType = "application/pdf", Buffer = TestFiles.Pdf(3_000_000) },
            new FilePayload { Name = "lista-obecności.odt", MimeType = "application/vnd.oasis.opendocument.text", Buffer = TestFiles.Odt(2000) },
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Wyślij", Exact = true }).ClickAsync();
        await page.WaitForSelectorAsync("text=Zapisano plików: 2.");

        Assert.Equal("Wysłano 100%", await page.EvaluateAsync<string>("() => sessionStorage.getItem('postep')"));
        Assert.Contains("program-spotkania.pdf", await page.ContentAsync());
        Assert.Contains("lista-obecności.odt", await page.ContentAsync());
        await page.CloseAsync();
    }
}
