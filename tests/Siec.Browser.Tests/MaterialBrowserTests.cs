using Microsoft.Playwright;
using Siec.Cms.Web.Tests.Infrastructure;

namespace Siec.Browser.Tests;

/// <summary>
/// A member in real Chromium shares a material with a file (sent with a progress bar) and finds it in "Moje
/// materiały"; the coordinator approves it from the review queue; the form, the list and the queue pass axe.
/// </summary>
public sealed class MaterialBrowserTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task A_member_adds_a_material_with_a_file_and_the_coordinator_approves_it()
    {
        var name = await site.CreateMemberAsync("autorka-przegladarka", "Haslo-Autorki-1");
        var file = Path.Combine(Path.GetTempPath(), $"scenariusz-{Guid.NewGuid():n}.odt");
        await File.WriteAllBytesAsync(file, TestFiles.Odt("Scenariusz"));
        var page = await site.OpenAsync("/Login");
        try
        {
            await BrowserSite.SignInAsync(page, name, "Haslo-Autorki-1", "**/konto");

            await page.GotoAsync(site.BaseUrl + "/materialy");
            await Task.WhenAll(page.WaitForURLAsync("**/materialy/dodaj"), page.GetByRole(AriaRole.Link, new() { Name = "Dodaj materiał", Exact = true }).ClickAsync());
            await Axe.AssertNoSeriousViolationsAsync(page);

            await page.GetByLabel("Tytuł").FillAsync("Scenariusz z przeglądarki");
            await page.FillAsync("#opis", "Zajęcia o **wiarygodności** źródeł.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Podgląd opisu" }).ClickAsync();
            Assert.Equal("wiarygodności", await page.InnerTextAsync(".preview strong"));
            Assert.Equal("Scenariusz z przeglądarki", await page.InputValueAsync("#tytul"));
            await page.SetInputFilesAsync("#plik", file);
            await page.CheckAsync("#obszar-1");
            await page.SelectOptionAsync("#forma", "scenariusz zajęć");
            Assert.True(await page.IsCheckedAsync("#licencja-0"));
            await page.CheckAsync("#prawa");
            await Task.WhenAll(page.WaitForURLAsync("**/konto/materialy?wyslano=1"), page.GetByRole(AriaRole.Button, new() { Name = "Wyślij do akceptacji" }).ClickAsync());
            Assert.Contains("Materiał wysłany", await page.InnerTextAsync("p.notice"));
            Assert.Contains("Czeka na akceptację koordynatora", await page.InnerTextAsync("table.my-materials"));
            await Axe.AssertNoSeriousViolationsAsync(page);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSite.Artifacts, "moje-materialy.png"), FullPage = true });

            await Task.WhenAll(page.WaitForURLAsync(site.BaseUrl + "/"), page.GetByRole(AriaRole.Button, new() { Name = "Wyloguj" }).ClickAsync());
            await page.GotoAsync(site.BaseUrl + "/Login");
            await BrowserSite.SignInAsync(page, BrowserSite.AdminName, BrowserSite.AdminPassword, "**/Admin");
            await page.GotoAsync(site.BaseUrl + "/Admin/Review");
            await Axe.AssertNoSeriousViolationsAsync(page);
            var row = page.Locator("tr", new() { HasText = "Scenariusz z przeglądarki" });
            await row.GetByRole(AriaRole.Button, new() { Name = "Zatwierdź i opublikuj" }).ClickAsync();
            await page.WaitForSelectorAsync("text=Zatwierdzono i opublikowano.");

            await page.GotoAsync(site.BaseUrl + "/materialy/scenariusz-z-przegladarki");
            Assert.Contains("autorka-przegladarka", await page.InnerTextAsync("dl.facts"));
            Assert.Contains("CC BY 4.0", await page.InnerTextAsync("dl.facts"));
        }
        finally
        {
            await page.CloseAsync();
            File.Delete(file);
        }
    }
}
