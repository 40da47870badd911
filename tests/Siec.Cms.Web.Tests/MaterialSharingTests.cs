using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Web.Tests.Infrastructure;
using static Siec.Cms.Web.Tests.Infrastructure.HtmlForms;

namespace Siec.Cms.Web.Tests;

/// <summary>
/// Members share their own materials: an .odt waits for the coordinator (who is mailed), approval publishes it under
/// the member's name with its licence and mails the member and the library's followers; nobody else edits or withdraws
/// it; a rejected one never reaches readers; "Przydatne" counts once per member. On SQLite and PostgreSQL.
/// </summary>
public abstract partial class MaterialSharingTests : MailSiteTest
{
    private const string Coordinator = "moderator_siecibp@ore.edu.pl";

    protected virtual Dictionary<string, string> Database => [];

    protected override IDictionary<string, string>? Settings => new Dictionary<string, string>(Database) { ["Cms:Materials:MaterialsPerMinute"] = "8" };

    [Fact]
    public async Task A_members_odt_waits_for_the_coordinator_and_approval_publishes_it_under_their_name_and_tells_followers()
    {
        var author = await MailSites.SignedInAsync(Site, await ForumMembers.CreateAsync(Site, "autorka"));
        var follower = await MailSites.SignedInAsync(Site, await ForumMembers.CreateAsync(Site, "czytelniczka"));
        var other = await MailSites.SignedInAsync(Site, await ForumMembers.CreateAsync(Site, "ciekawska"));
        var anonymous = MailSites.Client(Site);
        var areaFollower = await MailSites.SignedInAsync(Site, await ForumMembers.CreateAsync(Site, "obszarowa"));
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(follower, "/materialy", new() { ["id"] = "materialy", ["akcja"] = "obserwuj" }, "/obserwuj")).StatusCode);
        var area = AreaValue().Match(await areaFollower.GetStringAsync("/materialy/dodaj")).Groups[1].Value;
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(areaFollower, "/materialy", new() { ["id"] = area, ["akcja"] = "obserwuj" }, "/obserwuj")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostFormAsync(areaFollower, "/materialy", new() { ["id"] = "nie-ma-takiego-obszaru", ["akcja"] = "obserwuj" }, "/obserwuj")).StatusCode);

        var odt = TestFiles.Odt("Scenariusz");
        var sent = await SendAsync(author, "/materialy/dodaj", "Scenariusz lekcji o bezpieczeństwie w sieci", odt, "scenariusz lekcji.odt");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal("/konto/materialy?wyslano=1", sent.Headers.Location!.ToString());
        var mine = await author.GetStringAsync("/konto/materialy");
        Assert.Contains("Czeka na akceptację koordynatora", mine);
        var id = EditLink().Match(mine).Groups[1].Value;
        var stored = await StoredFileAsync(id);
        Assert.Matches(@"^materialy-czlonkow/[0-9a-f]{32}/scenariusz-lekcji\.odt$", stored);

        Assert.DoesNotContain("Scenariusz lekcji o bezpieczeństwie", await anonymous.GetStringAsync("/materialy?sortuj=tytul"));
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/media/" + stored)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync("/media/" + stored)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await author.GetAsync("/media/" + stored)).StatusCode);
        await Smtp.WaitForAsync(_ => Smtp.To(Coordinator).Any(m => m.Subject?.StartsWith("Materiał czeka", StringComparison.Ordinal) == true));

        var admin = await MailSites.SignedInAsync(Site, "admin");
        Assert.Contains("Scenariusz lekcji o bezpieczeństwie w sieci", await admin.GetStringAsync("/Admin/Review"));
        var approved = await PostFormAsync(admin, "/Admin/Review", new() { ["id"] = id, ["decision"] = "published", ["message"] = "" });
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);

        var listed = await anonymous.GetStringAsync("/materialy?sortuj=tytul");
        Assert.Contains("Scenariusz lekcji o bezpieczeństwie w sieci", listed);
        var page = await anonymous.GetStringAsync("/materialy/scenariusz-lekcji-o-bezpieczenstwie-w-sieci");
        Assert.Contains("autorka", page);
        Assert.Contains("CC BY 4.0", page);
        var download = await anonymous.GetAsync("/materialy/scenariusz-lekcji-o-bezpieczenstwie-w-sieci/pobierz");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(odt, await download.Content.ReadAsByteArrayAsync());
        await Smtp.WaitForAsync(_ => Smtp.To("autorka@example.org").Any() && Smtp.To("czytelniczka@example.org").Any() && Smtp.To("obszarowa@example.org").Any());
        Assert.Equal("Nowy materiał: Scenariusz lekcji o bezpieczeństwie w sieci", Assert.Single(Smtp.To("obszarowa@example.org")).Subject);
        Assert.Empty(Smtp.To("ciekawska@example.org"));
        Assert.Equal("Twój materiał jest opublikowany: Scenariusz lekcji o bezpieczeństwie w sieci", Assert.Single(Smtp.To("autorka@example.org")).Subject);
        Assert.Equal("Nowy materiał: Scenariusz lekcji o bezpieczeństwie w sieci", Assert.Single(Smtp.To("czytelniczka@example.org")).Subject);
        Assert.Contains("Opublikowany", await author.GetStringAsync("/konto/materialy"));
    }

    [Fact]
    public async Task Another_member_can_neither_correct_nor_withdraw_it_and_forged_posts_change_nothing()
    {
        var author = await MailSites.SignedInAsync(Site, await ForumMembers.CreateAsync(Site, "wlascicielka"));
        var intruder = await MailSites.SignedInAsync(Site, await ForumMembers.CreateAsync(Site, "intruz"));
        Assert.Equal(HttpStatusCode.Redirect, (await SendAsync(author, "/materialy/dodaj", "Poradnik katalogowania", TestFiles.Odt("Poradnik"), "poradnik.odt")).StatusCode);
        var id = EditLink().Match(await author.GetStringAsync("/konto/materialy")).Groups[1].Value;

        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"/materialy/edytuj/{id}")).StatusCode);
        var forged = await SendAsync(intruder, "/materialy/dodaj", "Przejęty tytuł", TestFiles.Odt("Obcy"), "obcy.odt", action: $"/materialy/edytuj/{id}");
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Contains("Nie ma takiego materiału wśród Twoich.", await forged.Content.ReadAsStringAsync());
        var withdraw = await PostFormAsync(intruder, "/konto/materialy", [], $"/materialy/wycofaj/{id}");
        Assert.Equal(HttpStatusCode.NotFound, withdraw.StatusCode);
        Assert.DoesNotContain("Poradnik katalogowania", await intruder.GetStringAsync("/konto/materialy"));

        var withoutToken = await author.PostAsync($"/materialy/wycofaj/{id}", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        var mine = await author.GetStringAsync("/konto/materialy");
        Assert.Contains("Poradnik katalogowania", mine);
        Assert.DoesNotContain("Przejęty tytuł", mine);

        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(author, "/konto/materialy", [], $"/materialy/wycofaj/{id}")).StatusCode);
        Assert.DoesNotContain("Poradnik katalogowania", await author.GetStringAsync("/konto/materialy"));
        var admin = await MailSites.SignedInAsync(Site, "admin");
        Assert.DoesNotContain("Poradnik katalogowania", await admin.GetStringAsync("/Admin/Review"));
    }

    [Fact]
    public async Task A_rejected_material_never_reaches_readers_and_its_author_learns_why()
    {
        var author = await MailSites.SignedInAsync(Site, await ForumMembers.CreateAsync(Site, "odrzucona"));
        Assert.Equal(HttpStatusCode.Redirect, (await SendAsync(author, "/materialy/dodaj", "Materiał nie na temat", TestFiles.Odt("Reklama"), "reklama.odt")).StatusCode);
        var id = EditLink().Match(await author.GetStringAsync("/konto/materialy")).Groups[1].Value;
        var stored = await StoredFileAsync(id);
        var admin = await MailSites.SignedInAsync(Site, "admin");

        // A member (no admin access) posting a decision with a valid token of the site changes nothing.
        var memberToken = (await FormAsync(author, "/materialy/dodaj"))["__RequestVerificationToken"];
        var forgedDecision = await author.PostAsync("/Admin/Review", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["id"] = id, ["decision"] = "published", ["__RequestVerificationToken"] = memberToken,
        }));
        Assert.NotEqual(HttpStatusCode.OK, forgedDecision.StatusCode);
        Assert.Contains("Czeka na akceptację koordynatora", await author.GetStringAsync("/konto/materialy"));

        var withoutReason = await PostFormAsync(admin, "/Admin/Review", new() { ["id"] = id, ["decision"] = "rejected", ["message"] = " " });
        Assert.Equal(HttpStatusCode.BadRequest, withoutReason.StatusCode);
        Assert.Contains("Napisz autorowi", await withoutReason.Content.ReadAsStringAsync());
        var rejected = await PostFormAsync(admin, "/Admin/Review", new() { ["id"] = id, ["decision"] = "rejected", ["message"] = "To reklama, nie materiał samokształceniowy." });
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        var twice = await PostFormAsync(admin, "/Admin/Review", new() { ["id"] = id, ["decision"] = "published", ["message"] = "" });
        Assert.Contains("nie czeka już na decyzję", await twice.Content.ReadAsStringAsync());

        var anonymous = MailSites.Client(Site);
        Assert.DoesNotContain("Materiał nie na temat", await anonymous.GetStringAsync("/materialy?sortuj=tytul"));
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/materialy/material-nie-na-temat")).StatusCode);
        Assert.DoesNotContain("material-nie-na-temat", await anonymous.GetStringAsync("/sitemap.xml"));
        Assert.DoesNotContain("Materiał nie na temat", await anonymous.GetStringAsync("/szukaj?q=temat"));
        Assert.DoesNotContain("Materiał nie na temat", await anonymous.GetStringAsync("/materialy/rss"));
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/media/" + stored)).StatusCode);
        await Smtp.WaitForAsync(_ => Smtp.To("odrzucona@example.org").Any());
        var mail = Assert.Single(Smtp.To("odrzucona@example.org"));
        Assert.Equal("Materiał nie został przyjęty: Materiał nie na temat", mail.Subject);
        Assert.Contains("To reklama, nie materiał samokształceniowy.", mail.TextBody);
        var mine = await author.GetStringAsync("/konto/materialy");
        Assert.Contains("Odrzucony", mine);
        Assert.Contains("To reklama, nie materiał samokształceniowy.", mine);
    }

    [Fact]
    public async Task Asked_for_changes_the_member_corrects_it_and_it_waits_again()
    {
        var author = await MailSites.SignedInAsync(Site, await ForumMembers.CreateAsync(Site, "poprawiajaca"));
        Assert.Equal(HttpStatusCode.Redirect, (await SendAsync(author, "/materialy/dodaj", "Prezentacja bez źródeł", TestFiles.Odt("Wersja 1"), "prezentacja.odt")).StatusCode);
        var id = EditLink().Match(await author.GetStringAsync("/konto/materialy")).Groups[1].Value;
        var admin = await MailSites.SignedInAsync(Site, "admin");
        var asked = await PostFormAsync(admin, "/Admin/Review", new() { ["id"] = id, ["decision"] = "changes-requested", ["message"] = "Dodaj proszę źródła na ostatnim slajdzie." });
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        await Smtp.WaitForAsync(_ => Smtp.To("poprawiajaca@example.org").Any());
        Assert.Contains("Dodaj proszę źródła na ostatnim slajdzie.", Assert.Single(Smtp.To("poprawiajaca@example.org")).TextBody);
        Assert.Contains("Do poprawy", await author.GetStringAsync("/konto/materialy"));

        var form = await author.GetStringAsync($"/materialy/edytuj/{id}");
        Assert.Contains("Prezentacja bez źródeł", form);
        Assert.Contains("Obecny plik: prezentacja.odt", form);
        var corrected = await SendAsync(author, $"/materialy/edytuj/{id}", "Prezentacja ze źródłami", null, null);
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        var mine = await author.GetStringAsync("/konto/materialy");
        Assert.Contains("Prezentacja ze źródłami", mine);
        Assert.Contains("Czeka na akceptację koordynatora", mine);
        Assert.Contains("Prezentacja ze źródłami", await admin.GetStringAsync("/Admin/Review"));
    }

    [Fact]
    public async Task Files_are_judged_by_their_bytes_and_names_and_a_refused_file_keeps_what_was_typed()
    {
        var author = await MailSites.SignedInAsync(Site, await ForumMembers.CreateAsync(Site, "sprawdzana"));
        var html = Encoding.UTF8.GetBytes("<html><script>alert(document.cookie)</script></html>");
        foreach (var (name, bytes, expected) in new[]
        {
            ("przebrany.odt", html, "nie jest plikiem ODT"),
            ("program.pdf", (byte[])[0x4D, 0x5A, 0x90, 0x00, 0x03], "nie jest plikiem PDF"),
            ("zwykly-zip.odt", Zip(), "nie jest plikiem ODT"),
            ("obraz.svg", Encoding.UTF8.GetBytes("<svg onload=\"alert(1)\"/>"), "mogą zawierać skrypty"),
            ("skrypt.sh", Encoding.UTF8.GetBytes("#!/bin/sh"), "jest niedozwolony"),
        })
        {
            var refused = await SendAsync(author, "/materialy/dodaj", $"Próba {name}", bytes, name);
            var body = await refused.Content.ReadAsStringAsync();
            Assert.True(refused.StatusCode == HttpStatusCode.BadRequest, $"{name}: {refused.StatusCode}");
            Assert.Contains(expected, body);
            Assert.Contains($"value=\"Próba {name}\"", body);
            Assert.Contains("Opis materiału do sprawdzenia.", body);
        }

        Assert.Contains("Nie masz jeszcze materiałów", await author.GetStringAsync("/konto/materialy"));
        var traversal = await SendAsync(author, "/materialy/dodaj", "Ścieżka z kropkami", TestFiles.Odt("Ścieżka"), "..\\..\\..\\appsettings<script>.odt");
        Assert.Equal(HttpStatusCode.Redirect, traversal.StatusCode);
        var id = EditLink().Match(await author.GetStringAsync("/konto/materialy")).Groups[1].Value;
        Assert.Matches(@"^materialy-czlonkow/[0-9a-f]{32}/appsettings-script\.odt$", await StoredFileAsync(id));
    }

    [Fact]
    public async Task Przydatne_counts_once_per_member_however_often_and_at_once_they_click()
    {
        var author = await MailSites.SignedInAsync(Site, await ForumMembers.CreateAsync(Site, "tworczyni"));
        Assert.Equal(HttpStatusCode.Redirect, (await SendAsync(author, "/materialy/dodaj", "Karta pracy z mapą", TestFiles.Odt("Mapa"), "mapa.odt")).StatusCode);
        var id = EditLink().Match(await author.GetStringAsync("/konto/materialy")).Groups[1].Value;
        var admin = await MailSites.SignedInAsync(Site, "admin");
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(admin, "/Admin/Review", new() { ["id"] = id, ["decision"] = "published", ["message"] = "" })).StatusCode);
        const string Path = "/materialy/karta-pracy-z-mapa";
        var first = await MailSites.SignedInAsync(Site, await ForumMembers.CreateAsync(Site, "klikajaca"));
        var second = await MailSites.SignedInAsync(Site, await ForumMembers.CreateAsync(Site, "druga-klikajaca"));

        var form = await FormAsync(first, Path);
        var clicks = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => first.PostAsync($"/materialy/przydatne/{id}", new FormUrlEncodedContent(form))));
        Assert.All(clicks, c => Assert.Equal(HttpStatusCode.Redirect, c.StatusCode));
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(second, Path, [], $"/materialy/przydatne/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(second, Path, [], $"/materialy/przydatne/{id}")).StatusCode);

        Assert.Matches(@"<dt>Przydatne</dt><dd>2</dd>", await MailSites.Client(Site).GetStringAsync(Path + "?po=1"));
        Assert.Contains("Oznaczono jako przydatne", await first.GetStringAsync(Path));
        Assert.Contains("Karta pracy z mapą", Regex.Match(await MailSites.Client(Site).GetStringAsync("/"), "Najbardziej przydatne w tym miesiącu.*?</section>", RegexOptions.Singleline).Value);
        Assert.Equal(HttpStatusCode.NotFound, (await PostFormAsync(first, Path, [], "/materialy/przydatne/nieistniejacy0000000000000")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await SendAsync(author, "/materialy/dodaj", "Nowsza karta bez ocen", TestFiles.Odt("Nowsza"), "nowsza.odt")).StatusCode);
        var newer = EditLink().Matches(await author.GetStringAsync("/konto/materialy")).Select(m => m.Groups[1].Value).First(i => i != id);
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(admin, "/Admin/Review", new() { ["id"] = newer, ["decision"] = "published", ["message"] = "" })).StatusCode);
        var byUse = await MailSites.Client(Site).GetStringAsync("/materialy?sortuj=przydatne");
        var byDate = await MailSites.Client(Site).GetStringAsync("/materialy?sortuj=najnowsze");
        Assert.True(byUse.IndexOf("Karta pracy z mapą", StringComparison.Ordinal) < byUse.IndexOf("Nowsza karta bez ocen", StringComparison.Ordinal));
        Assert.True(byDate.IndexOf("Nowsza karta bez ocen", StringComparison.Ordinal) < byDate.IndexOf("Karta pracy z mapą", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sending_is_limited_per_member_with_a_polish_answer()
    {
        var busy = await MailSites.SignedInAsync(Site, await ForumMembers.CreateAsync(Site, "pospieszna"));
        var calm = await MailSites.SignedInAsync(Site, await ForumMembers.CreateAsync(Site, "spokojna-autorka"));
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 9; i++)
        {
            statuses.Add((await SendAsync(busy, "/materialy/dodaj", "", null, null)).StatusCode);
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.BadRequest, 8), HttpStatusCode.TooManyRequests], statuses);
        var limited = await SendAsync(busy, "/materialy/dodaj", "", null, null);
        Assert.Contains("Odczekaj minutę i spróbuj ponownie", await limited.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await SendAsync(calm, "/materialy/dodaj", "", null, null)).StatusCode);
    }

    [Fact]
    public async Task Readers_are_sent_to_sign_in_and_the_header_shows_who_is_signed_in()
    {
        var anonymous = MailSites.Client(Site);
        var add = await anonymous.GetAsync("/materialy/dodaj");
        Assert.Equal(HttpStatusCode.Redirect, add.StatusCode);
        Assert.StartsWith("/Login?ReturnUrl=", add.Headers.Location!.ToString());
        Assert.Contains("<p class=\"site-account\"><a href=\"/Login\">Zaloguj</a> · <a href=\"/dolacz\">Dołącz</a></p>", await anonymous.GetStringAsync("/materialy"));

        var member = await MailSites.SignedInAsync(Site, await ForumMembers.CreateAsync(Site, "zalogowana"));
        var page = await member.GetStringAsync("/materialy");
        Assert.Contains("Zalogowano: <strong>zalogowana</strong>", page);
        Assert.Contains("Wyloguj", page);
        Assert.DoesNotContain("<p class=\"site-account\">", page);
        Assert.DoesNotContain("zalogowana", await anonymous.GetStringAsync("/materialy"));
    }

    [Fact]
    public async Task The_editors_live_preview_renders_the_sites_way_only_for_signed_in_posts_with_a_token()
    {
        const string Hostile = "**Ważne** <script>alert(1)</script><img src=\"https://zly.example/x.png\" onerror=\"alert(2)\">";
        var anonymous = MailSites.Client(Site);
        var member = await MailSites.SignedInAsync(Site, await ForumMembers.CreateAsync(Site, "podgladajaca"));
        var token = (await FormAsync(member, "/materialy/dodaj"))["__RequestVerificationToken"];

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/podglad", new FormUrlEncodedContent(new Dictionary<string, string> { ["markdown"] = Hostile }))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await member.PostAsync("/podglad", new FormUrlEncodedContent(new Dictionary<string, string> { ["markdown"] = Hostile }))).StatusCode);
        var preview = await member.PostAsync("/podglad", new FormUrlEncodedContent(new Dictionary<string, string> { ["markdown"] = Hostile, ["__RequestVerificationToken"] = token }));
        var html = await preview.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("<strong>Ważne</strong>", html);
        Assert.DoesNotContain("script", html);
        Assert.DoesNotContain("zly.example", html);
        Assert.DoesNotContain("onerror", html);

        var toAdmin = await member.PostAsync("/Admin/Preview", new FormUrlEncodedContent(new Dictionary<string, string> { ["markdown"] = Hostile, ["__RequestVerificationToken"] = token }));
        Assert.NotEqual(HttpStatusCode.OK, toAdmin.StatusCode);
        var admin = await MailSites.SignedInAsync(Site, "admin");
        var adminToken = (await FormAsync(admin, "/Admin/Content/Edit?type=BlogPost"))["__RequestVerificationToken"];
        var adminPreview = await admin.PostAsync("/Admin/Preview", new FormUrlEncodedContent(new Dictionary<string, string> { ["markdown"] = Hostile, ["__RequestVerificationToken"] = adminToken }));
        Assert.Equal(html, await adminPreview.Content.ReadAsStringAsync());
    }

    private async Task<HttpResponseMessage> SendAsync(HttpClient client, string formUrl, string title, byte[]? file, string? fileName, string? action = null)
    {
        var fields = await FormAsync(client, formUrl.StartsWith("/materialy/edytuj/", StringComparison.Ordinal) ? formUrl : "/materialy/dodaj");
        var area = AreaValue().Match(await client.GetStringAsync("/materialy/dodaj")).Groups[1].Value;
        var form = new MultipartFormDataContent();
        foreach (var (key, value) in new Dictionary<string, string>(fields)
        {
            ["tytul"] = title, ["opis"] = "Opis materiału do sprawdzenia.", ["forma"] = "scenariusz zajęć", ["licencja"] = "CC BY 4.0",
            ["prawa"] = "tak", ["obszary"] = area, ["akcja"] = "wyslij",
        })
        {
            form.Add(new StringContent(value), key);
        }

        if (file is not null)
        {
            form.Add(new ByteArrayContent(file), "plik", fileName!);
        }

        return await client.PostAsync(action ?? formUrl, form);
    }

    private async Task<string> StoredFileAsync(string id)
    {
        using var scope = Site.Services.CreateScope();
        var item = await scope.ServiceProvider.GetRequiredService<ContentQuery>().GetAsync(id, VersionOptions.Latest);
        return item!.Part("Material")!["File"]!["Paths"]![0]!.GetValue<string>();
    }

    private static byte[] Zip()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            entry.Write("Nie dokument ODF.");
        }

        return buffer.ToArray();
    }

    [GeneratedRegex(@"href=""/materialy/edytuj/([a-z0-9]+)""")]
    private static partial Regex EditLink();

    [GeneratedRegex(@"name=""obszary"" value=""([a-z0-9]+)""")]
    private static partial Regex AreaValue();
}

public sealed class SqliteMaterialSharingTests : MaterialSharingTests;

public sealed class PostgresMaterialSharingTests : MaterialSharingTests
{
    private readonly Dictionary<string, string> _database = PostgresSites.NewDatabase();

    protected override Dictionary<string, string> Database => _database;
}
