using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Tests.Infrastructure;
using Siec.Cms.Web.Tests.Infrastructure;
using static Siec.Cms.Web.Tests.Infrastructure.HtmlForms;

namespace Siec.Cms.Web.Tests;

/// <summary>RODO: a member downloads everything stored about them; after erasure the database holds nothing of them, and their posts still show.</summary>
public sealed class PersonalDataTests : MailSiteTest
{
    private const string Email = "zofia.b@example.org";
    private const string Surname = "Brzęczyszczykiewicz";
    private const string TopicId = "4sf9k7pb0embex3pcrztabd048";

    [Fact]
    public async Task A_member_exports_all_their_data_and_after_erasure_the_database_holds_nothing_of_them()
    {
        var member = await MemberAsync();
        await ReplyAsMemberAsync("Dziękuję za przyjęcie do sieci – chętnie podzielę się scenariuszami zajęć.");

        var export = await member.GetAsync("/konto/dane?handler=Json");
        Assert.Equal("application/json; charset=utf-8", export.Content.Headers.ContentType!.ToString());
        var data = JsonNode.Parse(await export.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal(Email, data["Konto"]!["Email"]!.GetValue<string>());
        Assert.Contains("Member", data["Konto"]!["Role"]!.AsArray().Select(r => r!.GetValue<string>()));
        var application = Assert.Single(data["Zgloszenia"]!.AsArray());
        Assert.Contains(application!["Dane"]!.AsArray(), v => v!["Value"]!.GetValue<string>() == Surname);
        var consent = Assert.Single(data["Zgody"]!.AsArray());
        Assert.Contains("Administratorem Twoich danych osobowych jest Ośrodek Rozwoju Edukacji", consent!["Tresc"]!.GetValue<string>());
        Assert.Matches("^[0-9a-f]{16}$", consent["Wersja"]!.GetValue<string>());
        var content = data["Tresci"]!.AsArray().Select(c => c!["ContentType"]!.GetValue<string>()).ToList();
        Assert.Contains("MemberProfile", content);
        Assert.Contains("ForumReply", content);
        Assert.Contains(data["Wiadomosci"]!.AsArray(), m => m!["Temat"]!.GetValue<string>().StartsWith("Witamy", StringComparison.Ordinal));
        Assert.Contains(Surname, await member.GetStringAsync("/konto/dane"));
        Assert.Contains(Email, await ReadDatabaseAsync(), StringComparison.OrdinalIgnoreCase);

        var wrong = await PostFormAsync(member, "/konto/usun", new() { ["Password"] = "zle-haslo" });
        Assert.Contains("Nieprawidłowe hasło – konto nie zostało usunięte.", await wrong.Content.ReadAsStringAsync());
        var erased = await PostFormAsync(member, "/konto/usun", new() { ["Password"] = "Haslo-Zofii-1" });
        Assert.Equal("/Login?konto=usuniete", erased.Headers.Location!.ToString());

        var database = await ReadDatabaseAsync();
        Assert.DoesNotContain(Email, database, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Surname, database, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Zofia", database, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("brzeczyszczykiewicz", database, StringComparison.OrdinalIgnoreCase);
        var topic = await MailSites.Client(Site).GetStringAsync("/forum/sprawy-ogolne/witamy-na-forum-sieci");
        Assert.Contains("chętnie podzielę się scenariuszami zajęć", topic);
        Assert.Contains("Użytkownik usunięty", topic);
        Assert.Equal(HttpStatusCode.NotFound, (await MailSites.Client(Site).GetAsync("/czlonkowie/zofia-brzeczyszczykiewicz")).StatusCode);
        var login = await PostFormAsync(MailSites.Client(Site), "/Login", new() { ["UserName"] = Email, ["Password"] = "Haslo-Zofii-1" });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
    }

    [Fact]
    public async Task An_administrator_erases_an_account_only_when_the_name_is_typed_to_confirm()
    {
        await MemberAsync();
        var onlyAdmin = await PostFormAsync(await MailSites.SignedInAsync(Site, "admin"), "/konto/usun", new() { ["Password"] = MailSites.Password });
        Assert.Contains("To jedyne konto administratora", WebUtility.HtmlDecode(await onlyAdmin.Content.ReadAsStringAsync()));
        var admin = await MailSites.SignedInAsync(Site, await MailSites.UserAsync(Site, "administrator-rodo", "Administrator"));
        var users = await admin.GetStringAsync("/Admin/Users?Q=zofia");
        var id = System.Text.RegularExpressions.Regex.Match(users, "name=\"id\" value=\"([^\"]+)\"").Groups[1].Value;

        await PostFormAsync(admin, "/Admin/Users", new() { ["id"] = id, ["confirm"] = "zofia" }, "/Admin/Users?handler=Erase");
        Assert.Contains(Email, await ReadDatabaseAsync(), StringComparison.OrdinalIgnoreCase);
        await PostFormAsync(admin, "/Admin/Users", new() { ["id"] = id, ["confirm"] = "zofia-brzeczyszczykiewicz" }, "/Admin/Users?handler=Erase");
        Assert.DoesNotContain(Email, await ReadDatabaseAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Surname, await ReadDatabaseAsync(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Applies, is approved by a moderator, sets a password from the mailed link and signs in.</summary>
    private async Task<HttpClient> MemberAsync()
    {
        await PostFormAsync(MailSites.Client(Site), "/dolacz", JoiningTests.Application("Zofia", Surname, Email));
        var moderator = await MailSites.SignedInAsync(Site, await MailSites.UserAsync(Site, "moderator-rodo" + Guid.NewGuid().ToString("n")[..4], "Moderator"));
        var list = await moderator.GetStringAsync("/Admin/Submissions?Status=Pending");
        var id = System.Text.RegularExpressions.Regex.Match(list, "href=\"/Admin/Submissions/([0-9a-z]{26})\"").Groups[1].Value;
        await PostFormAsync(moderator, $"/Admin/Submissions/{id}", [], $"/Admin/Submissions/{id}?handler=Approve");
        await Smtp.WaitForAsync(_ => Smtp.To(Email).Any(m => m.Subject!.StartsWith("Witamy", StringComparison.Ordinal)));
        var welcome = Smtp.To(Email).First(m => m.Subject!.StartsWith("Witamy", StringComparison.Ordinal)).TextBody!;
        var link = new Uri(System.Text.RegularExpressions.Regex.Match(welcome, @"http://localhost/ustaw-haslo\?u=\S+").Value);
        var client = MailSites.Client(Site);
        await PostFormAsync(client, link.PathAndQuery, new() { ["Password"] = "Haslo-Zofii-1", ["Confirm"] = "Haslo-Zofii-1" });
        var login = await PostFormAsync(client, "/Login", new() { ["UserName"] = Email, ["Password"] = "Haslo-Zofii-1" });
        Assert.Equal("/konto", login.Headers.Location!.ToString());
        return client;
    }

    private async Task ReplyAsMemberAsync(string text)
    {
        using var scope = Site.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Microsoft.AspNetCore.Identity.IdentityUser>>();
        var user = (await users.FindByEmailAsync(Email))!;
        var who = scope.ServiceProvider.GetRequiredService<ContentUser>();
        who.UserId = user.Id;
        who.UserName = user.UserName;
        var manager = scope.ServiceProvider.GetRequiredService<ContentManager>();
        var reply = await manager.NewAsync("ForumReply");
        reply.GetOrCreatePart("ContainedPart")["ListContentItemId"] = TopicId;
        reply.GetOrCreatePart("MarkdownBodyPart")["Markdown"] = text;
        await manager.CreateAsync(reply, publish: true);
    }

    /// <summary>Every value of every table of the site's database, as one text to search.</summary>
    private async Task<string> ReadDatabaseAsync()
    {
        using var scope = Site.Services.CreateScope();
        return await DatabaseText.ReadAsync(scope.ServiceProvider.GetRequiredService<CmsDbContext>());
    }
}
