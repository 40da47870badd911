using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Forms;
using Siec.Cms.Web.Tests.Infrastructure;
using static Siec.Cms.Web.Tests.Infrastructure.HtmlForms;

namespace Siec.Cms.Web.Tests;

/// <summary>
/// Joining the network end to end, over HTTP as a browser posts, with mail delivered over SMTP to a real server on
/// loopback: the form at /dolacz, the coordinator's decision, the new member's password and profile.
/// </summary>
public sealed partial class JoiningTests : MailSiteTest
{
    private const string Coordinator = "moderator_siecibp@ore.edu.pl";

    [Fact]
    public async Task An_applicant_is_approved_sets_a_password_signs_in_and_edits_their_profile()
    {
        var applicant = MailSites.Client(Site);
        var form = await applicant.GetStringAsync("/dolacz");
        Assert.Contains("Informacja o przetwarzaniu danych osobowych", form);
        Assert.Contains("<option value=\"zachodniopomorskie\">zachodniopomorskie</option>", form);

        var sent = await PostFormAsync(applicant, "/dolacz", Application("Anna", "Żółkowska", "anna.zolkowska@example.org"));
        Assert.Equal(HttpStatusCode.SeeOther, sent.StatusCode);
        Assert.Equal("/dolacz?wyslano=1", sent.Headers.Location!.ToString());
        Assert.Contains("Dziękujemy!", await applicant.GetStringAsync("/dolacz?wyslano=1"));

        await Smtp.WaitForAsync(m => m.Count >= 2);
        var toCoordinator = Assert.Single(Smtp.To(Coordinator));
        Assert.Equal("Nowe zgłoszenie do sieci: Anna Żółkowska", toCoordinator.Subject);
        Assert.Contains("Biblioteka lub instytucja: Pedagogiczna Biblioteka Wojewódzka w Łodzi", toCoordinator.TextBody);
        var confirmation = Assert.Single(Smtp.To("anna.zolkowska@example.org"));
        Assert.Contains("Dziękujemy za zgłoszenie", confirmation.TextBody);

        var moderator = await MailSites.SignedInAsync(Site, await MailSites.UserAsync(Site, "moderatorka", "Moderator"));
        var dashboard = await moderator.GetStringAsync("/Admin");
        Assert.Contains("Oczekujące zgłoszenia: 1", dashboard);
        var list = await moderator.GetStringAsync("/Admin/Submissions?Status=Pending");
        var id = SubmissionLink().Match(list).Groups[1].Value;
        Assert.Contains("Anna Żółkowska", list);
        var approved = await PostFormAsync(moderator, $"/Admin/Submissions/{id}", [], $"/Admin/Submissions/{id}?handler=Approve");
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Contains("Zgłoszenie przyjęte", await moderator.GetStringAsync(approved.Headers.Location!.ToString()));

        await Smtp.WaitForAsync(m => Smtp.To("anna.zolkowska@example.org").Count() == 2);
        var welcome = Smtp.To("anna.zolkowska@example.org").Single(m => m.Subject!.StartsWith("Witamy", StringComparison.Ordinal));
        Assert.Contains("Twoja nazwa użytkownika: anna-zolkowska", welcome.TextBody);
        var link = new Uri(PasswordLink().Match(welcome.TextBody!).Value);
        Assert.Contains(link.OriginalString, welcome.HtmlBody!.Replace("&amp;", "&", StringComparison.Ordinal));

        var member = MailSites.Client(Site);
        var set = await PostFormAsync(member, link.PathAndQuery, new() { ["Password"] = "Nowe-Haslo-1", ["Confirm"] = "Nowe-Haslo-1" });
        Assert.Equal("/Login?haslo=ustawione", set.Headers.Location!.ToString());
        var again = await PostFormAsync(MailSites.Client(Site), link.PathAndQuery, new() { ["Password"] = "Inne-Haslo-2", ["Confirm"] = "Inne-Haslo-2" });
        Assert.Contains("Odnośnik wygasł albo został już użyty", await again.Content.ReadAsStringAsync());

        var login = await PostFormAsync(member, "/Login", new() { ["UserName"] = "anna.zolkowska@example.org", ["Password"] = "Nowe-Haslo-1" });
        Assert.Equal("/konto", login.Headers.Location!.ToString());
        Assert.False(Allowed(await member.GetAsync("/Admin/Content")));
        var profile = await member.GetStringAsync("/konto/profil");
        Assert.Contains("value=\"Pedagogiczna Biblioteka Wojewódzka w Łodzi\"", profile);
        var saved = await PostFormAsync(member, "/konto/profil", new()
        {
            ["f.MemberProfile.About"] = "Prowadzę zajęcia z **coachingu** dla nauczycieli.",
            ["f.MemberProfile.Links"] = "https://pbw.lodz.pl\njavascript:alert(1)//https://x",
            ["f.MemberProfile.EmailNotifications"] = "podsumowanie",
            ["f.MemberProfile.ListedInDirectory"] = "true",
            ["f.AutoroutePart.Path"] = "przejeta-sciezka",
        });
        Assert.Equal("/konto/profil?zapisano=1", saved.Headers.Location!.ToString());

        var page = await MailSites.Client(Site).GetStringAsync("/czlonkowie/anna-zolkowska");
        Assert.Equal(HttpStatusCode.NotFound, (await MailSites.Client(Site).GetAsync("/przejeta-sciezka")).StatusCode);
        Assert.Contains("<strong>coachingu</strong>", page);
        Assert.Contains("href=\"https://pbw.lodz.pl\"", page);
        Assert.DoesNotContain("javascript:", page);
        Assert.DoesNotContain("anna.zolkowska@example.org", page);
        Assert.Contains("Anna Żółkowska", await MailSites.Client(Site).GetStringAsync("/czlonkowie"));
        Assert.Contains("/czlonkowie/anna-zolkowska", await MailSites.Client(Site).GetStringAsync("/szukaj?q=zolkowska"));

        var hidden = await PostFormAsync(member, "/konto/profil", new() { ["f.MemberProfile.ListedInDirectory"] = "false" });
        Assert.Equal(HttpStatusCode.Redirect, hidden.StatusCode);
        Assert.DoesNotContain("Anna Żółkowska", await MailSites.Client(Site).GetStringAsync("/czlonkowie"));
        Assert.Equal(HttpStatusCode.NotFound, (await MailSites.Client(Site).GetAsync("/czlonkowie/anna-zolkowska")).StatusCode);
        Assert.DoesNotContain("anna-zolkowska", await MailSites.Client(Site).GetStringAsync("/szukaj?q=zolkowska"));
    }

    [Fact]
    public async Task Bad_input_is_refused_with_a_message_per_field_and_nothing_is_stored()
    {
        var cases = new (string Name, Dictionary<string, string> Fields, string Message)[]
        {
            ("not an e-mail", new() { ["Email"] = "anna(at)example.org" }, "to nie jest poprawny adres e-mail"),
            ("no consent", new() { ["Zgoda"] = "" }, "Zaznacz pole „Wyrażam zgodę"),
            ("oversized first name", new() { ["Imie"] = new string('A', 101) }, "może mieć najwyżej 100 znaków (wpisano 101)"),
            ("oversized reason", new() { ["Motywacja"] = new string('x', 2001) }, "może mieć najwyżej 2000 znaków"),
            ("missing surname", new() { ["Nazwisko"] = "  " }, "Pole „Nazwisko” jest wymagane."),
            ("unknown województwo", new() { ["Wojewodztwo"] = "bawarskie" }, "wybierz jedną z podanych wartości"),
            ("spam trap filled", new() { ["Strona"] = "http://spam.example" }, "Formularz odrzucony: wypełniono pole, które ma zostać puste."),
            ("forged antiforgery token", new() { ["__RequestVerificationToken"] = "CfDJ8-forged" }, "Formularz wygasł albo nie pochodzi z tej strony."),
        };
        foreach (var (name, fields, message) in cases)
        {
            var client = MailSites.Client(Site);
            var all = Application("Jan", "Kowalski", "jan.kowalski@example.org");
            foreach (var (key, value) in fields)
            {
                all[key] = value;
            }

            var response = await PostFormAsync(client, "/dolacz", all);
            var html = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{name}: {response.StatusCode}");
            Assert.True(WebUtility.HtmlDecode(html).Contains(message, StringComparison.Ordinal), $"{name}: no message '{message}'");
            if (name is not ("forged antiforgery token" or "spam trap filled"))
            {
                Assert.Contains("aria-invalid=\"true\"", html);
            }

            Assert.Contains($"value=\"{WebUtility.HtmlEncode(all["Email"])}\"", html);
        }

        Assert.Equal(0, await CountAsync(db => db.FormSubmissions.CountAsync()));
        Assert.Equal(0, await CountAsync(db => db.Outbox.CountAsync()));
    }

    [Fact]
    public async Task Script_in_every_field_is_stored_as_text_and_shown_escaped()
    {
        const string Script = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        var fields = Application("Ewa" + Script, "Nowak" + Script, "ewa.nowak@example.org");
        fields["Instytucja"] = "PBW" + Script;
        fields["Motywacja"] = "Chcę się uczyć." + Script;
        var response = await PostFormAsync(MailSites.Client(Site), "/dolacz", fields);
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);

        var stored = await Site.Services.CreateScope().ServiceProvider.GetRequiredService<FormSubmissions>().AllAsync(null, null);
        var submission = Assert.Single(stored);
        Assert.Equal("Ewa" + Script, submission.Value("Imie"));
        Assert.Equal("Chcę się uczyć." + Script, submission.Value("Motywacja"));

        var moderator = await MailSites.SignedInAsync(Site, await MailSites.UserAsync(Site, "moderator2", "Moderator"));
        var details = await moderator.GetStringAsync($"/Admin/Submissions/{submission.Record.Id}");
        Assert.DoesNotContain("<script>alert", details);
        Assert.DoesNotContain("<img src=x", details);
        Assert.Contains("&lt;script&gt;", details);

        await Smtp.WaitForAsync(m => Smtp.To(Coordinator).Any());
        var mail = Smtp.To(Coordinator).Single();
        Assert.DoesNotContain("<script>alert", mail.HtmlBody);
        Assert.Contains("&lt;script&gt;", mail.HtmlBody);
    }

    [Fact]
    public async Task Rejection_mails_the_reason_and_the_application_is_erased_after_the_retention_period()
    {
        await PostFormAsync(MailSites.Client(Site), "/dolacz", Application("Piotr", "Wiśniewski", "piotr@example.org"));
        var moderator = await MailSites.SignedInAsync(Site, await MailSites.UserAsync(Site, "moderator3", "Moderator"));
        var id = SubmissionLink().Match(await moderator.GetStringAsync("/Admin/Submissions")).Groups[1].Value;

        var noReason = await PostFormAsync(moderator, $"/Admin/Submissions/{id}", new() { ["Reason"] = " " }, $"/Admin/Submissions/{id}?handler=Reject");
        Assert.Contains("Podaj powód odrzucenia", await noReason.Content.ReadAsStringAsync());
        var rejected = await PostFormAsync(moderator, $"/Admin/Submissions/{id}", new() { ["Reason"] = "Sieć jest dla bibliotek pedagogicznych." }, $"/Admin/Submissions/{id}?handler=Reject");
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        await Smtp.WaitForAsync(m => Smtp.To("piotr@example.org").Count() == 2);
        Assert.Contains("Powód: Sieć jest dla bibliotek pedagogicznych.", Smtp.To("piotr@example.org").Last().TextBody);
        var twice = await PostFormAsync(moderator, $"/Admin/Submissions/{id}", [], $"/Admin/Submissions/{id}?handler=Approve");
        Assert.Equal(HttpStatusCode.OK, twice.StatusCode);
        Assert.Contains("już rozpatrzone", await twice.Content.ReadAsStringAsync());
        Assert.Null(await FindUserAsync("piotr@example.org"));

        using var scope = Site.Services.CreateScope();
        var personalData = scope.ServiceProvider.GetRequiredService<Siec.Cms.Core.Privacy.PersonalData>();
        Assert.Equal(0, await personalData.EraseExpiredRejectionsAsync(DateTime.UtcNow.AddDays(29)));
        Assert.Equal(1, await personalData.EraseExpiredRejectionsAsync(DateTime.UtcNow.AddDays(31)));
        Assert.Equal(0, await CountAsync(db => db.FormSubmissions.CountAsync()));
        Assert.Equal(0, await CountAsync(db => db.Consents.CountAsync()));
        Assert.Equal(0, await CountAsync(db => db.Outbox.CountAsync(m => m.To == "piotr@example.org")));
    }

    [Fact]
    public async Task Submissions_export_as_csv_with_a_bom_polish_letters_and_no_formulas()
    {
        var fields = Application("Łucja", "Ślęzak", "lucja@example.org");
        fields["Motywacja"] = "=HYPERLINK(\"http://zly.example\")";
        await PostFormAsync(MailSites.Client(Site), "/dolacz", fields);
        var moderator = await MailSites.SignedInAsync(Site, await MailSites.UserAsync(Site, "moderator4", "Moderator"));

        var response = await moderator.GetAsync("/Admin/Submissions?handler=Csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("\"Data\";\"Formularz\";\"Status\";\"Imię\";\"Nazwisko\";\"Adres e-mail\"", lines[0]);
        Assert.Contains("\"Łucja\";\"Ślęzak\";\"lucja@example.org\";\"Pedagogiczna Biblioteka Wojewódzka w Łodzi\";\"łódzkie\"", lines[1]);
        Assert.Contains("\"'=HYPERLINK(\"\"http://zly.example\"\")\"", lines[1]);
        Assert.False(Allowed(await (await MailSites.SignedInAsync(Site, await MailSites.UserAsync(Site, "redaktor", "Editor"))).GetAsync("/Admin/Submissions?handler=Csv")));
    }

    [Fact]
    public async Task Forgotten_password_and_the_admins_reset_link_arrive_by_mail_and_work_once()
    {
        var name = await MailSites.UserAsync(Site, "zapominalska", "Editor");
        var page = await PostFormAsync(MailSites.Client(Site), "/zapomniane-haslo", new() { ["Email"] = "zapominalska@example.org" });
        Assert.Contains("Jeśli pod tym adresem jest konto", await page.Content.ReadAsStringAsync());
        var unknown = await PostFormAsync(MailSites.Client(Site), "/zapomniane-haslo", new() { ["Email"] = "nikt@example.org" });
        Assert.Contains("Jeśli pod tym adresem jest konto", await unknown.Content.ReadAsStringAsync());
        await Smtp.WaitForAsync(m => Smtp.To("zapominalska@example.org").Any());
        var link = new Uri(PasswordLink().Match(Smtp.To("zapominalska@example.org").Single().TextBody!).Value);

        var set = await PostFormAsync(MailSites.Client(Site), link.PathAndQuery, new() { ["Password"] = "Zupelnie-Nowe-1", ["Confirm"] = "Zupelnie-Nowe-1" });
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        var login = await PostFormAsync(MailSites.Client(Site), "/Login", new() { ["UserName"] = name, ["Password"] = "Zupelnie-Nowe-1" });
        Assert.Equal("/Admin", login.Headers.Location!.ToString());

        var admin = await MailSites.SignedInAsync(Site, await MailSites.UserAsync(Site, "administratorka", "Administrator"));
        var users = await admin.GetStringAsync("/Admin/Users?Q=zapominalska");
        var id = Regex.Match(users, "name=\"id\" value=\"([^\"]+)\"").Groups[1].Value;
        var reset = await PostFormAsync(admin, "/Admin/Users", new() { ["id"] = id }, "/Admin/Users?handler=Reset");
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        await Smtp.WaitForAsync(m => Smtp.To("zapominalska@example.org").Count() == 2);
        Assert.Equal("Ustawienie hasła w serwisie „Sieć bibliotek pedagogicznych”", Smtp.To("zapominalska@example.org").Last().Subject);
        Assert.False(Allowed(await (await MailSites.SignedInAsync(Site, name, "Zupelnie-Nowe-1")).GetAsync("/Admin/Users")));
    }

    [Fact]
    public async Task Posting_the_form_is_rate_limited_per_address_and_the_refused_post_stores_nothing()
    {
        await using var site = MailSites.Create(Smtp, submissionsPerMinute: 3);
        for (var i = 0; i < 3; i++)
        {
            var accepted = await PostFormAsync(MailSites.Client(site), "/dolacz", Application("Adam", $"Szybki{i}", $"adam{i}@example.org"));
            Assert.Equal(HttpStatusCode.SeeOther, accepted.StatusCode);
        }

        var refused = await PostFormAsync(MailSites.Client(site), "/dolacz", Application("Adam", "Szybki3", "adam3@example.org"));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("Zbyt wiele prób w krótkim czasie. Odczekaj minutę i spróbuj ponownie.", await refused.Content.ReadAsStringAsync());
        using var scope = site.Services.CreateScope();
        var stored = await scope.ServiceProvider.GetRequiredService<FormSubmissions>().AllAsync(null, null);
        Assert.Equal(["adam0@example.org", "adam1@example.org", "adam2@example.org"], stored.Select(s => s.Record.Email).Order());
        Assert.Equal(HttpStatusCode.OK, (await MailSites.Client(site).GetAsync("/dolacz")).StatusCode);
    }

    internal static Dictionary<string, string> Application(string first, string last, string email) => new()
    {
        ["Imie"] = first,
        ["Nazwisko"] = last,
        ["Email"] = email,
        ["Instytucja"] = "Pedagogiczna Biblioteka Wojewódzka w Łodzi",
        ["Wojewodztwo"] = "łódzkie",
        ["Rola"] = "nauczyciel bibliotekarz",
        ["Motywacja"] = "Chcę wymieniać się doświadczeniami we wspomaganiu szkół.",
        ["Zgoda"] = "tak",
    };

    private async Task<int> CountAsync(Func<CmsDbContext, Task<int>> count)
    {
        using var scope = Site.Services.CreateScope();
        return await count(scope.ServiceProvider.GetRequiredService<CmsDbContext>());
    }

    private async Task<IdentityUser?> FindUserAsync(string email)
    {
        using var scope = Site.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>().FindByEmailAsync(email);
    }

    private static bool Allowed(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.OK
        || (response.StatusCode == HttpStatusCode.Redirect && !response.Headers.Location!.ToString().Contains("/Login", StringComparison.Ordinal));

    [GeneratedRegex("href=\"/Admin/Submissions/([0-9a-z]{26})\"")]
    private static partial Regex SubmissionLink();

    [GeneratedRegex(@"http://localhost/ustaw-haslo\?u=[^\s""<>]+")]
    private static partial Regex PasswordLink();
}
