using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Display;
using Siec.Network.Workshops;
using Siec.Cms.Web.Tests.Infrastructure;
using static Siec.Cms.Web.Tests.Infrastructure.HtmlForms;

namespace Siec.Cms.Web.Tests;

/// <summary>Signing up for a workshop: capacity and waiting list under a race, .ics confirmations, cancelling, reminders, the organiser's list.</summary>
public sealed class WorkshopSignupTests : MailSiteTest
{
    private const string WorkshopId = Workshops.Id;
    private const string WorkshopPath = Workshops.Path;

    [Fact]
    public async Task Thirty_members_race_for_twenty_places_and_a_cancellation_promotes_the_first_waiting()
    {
        var start = DateTime.UtcNow.Date.AddDays(2).AddHours(8);
        await Workshops.OpenRegistrationAsync(Site, start, capacity: 20);
        var members = new List<HttpClient>();
        for (var i = 0; i < 30; i++)
        {
            members.Add(await MailSites.SignedInAsync(Site, await ForumMembers.CreateAsync(Site, $"uczestnik-{i}")));
        }

        var forms = await Task.WhenAll(members.Select(m => FormAsync(m, WorkshopPath)));
        var responses = await Task.WhenAll(members.Select((m, i) => m.PostAsync("/warsztaty/zapisz",
            new FormUrlEncodedContent(new Dictionary<string, string>(forms[i]) { ["id"] = WorkshopId }))));
        var pages = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(20, pages.Count(p => p.Contains("Zapisano! Potwierdzenie z plikiem kalendarza")));
        Assert.Equal(10, pages.Count(p => p.Contains("jesteś na liście rezerwowej")));
        var list = await Registrations();
        Assert.Equal(20, list.Count(r => r.Link.Value == WorkshopRegistrations.Confirmed));
        Assert.Equal(10, list.Count(r => r.Link.Value == WorkshopRegistrations.Waiting));
        Assert.Contains("Zajęte miejsca: 20 z 20.", await MailSites.Client(Site).GetStringAsync(WorkshopPath));

        await Smtp.WaitForAsync(m => m.Count >= 30);
        var confirmation = Smtp.To(list.First(r => r.Link.Value == WorkshopRegistrations.Confirmed).User!.Email!).Single();
        Assert.Equal("Potwierdzenie zapisu: Spotkanie inauguracyjne sieci w Sulejówku", confirmation.Subject);
        var ics = confirmation.Attachments.OfType<MimePart>().Single();
        Assert.Equal("text/calendar", ics.ContentType.MimeType);
        using (var content = new MemoryStream())
        {
            await ics.Content!.DecodeToAsync(content);
            Assert.Contains("BEGIN:VCALENDAR", Encoding.UTF8.GetString(content.ToArray()));
        }

        var firstWaiting = list.First(r => r.Link.Value == WorkshopRegistrations.Waiting).User!;
        var leaving = list.First(r => r.Link.Value == WorkshopRegistrations.Confirmed).User!;
        var cancel = new Uri(Regex.Match(Smtp.To(leaving.Email!).Single().TextBody!, @"http://localhost/warsztaty/odwolaj/[0-9a-f]+").Value);
        var anonymous = MailSites.Client(Site);
        Assert.Contains("Czy na pewno odwołać zapis", await anonymous.GetStringAsync(cancel.PathAndQuery));
        var cancelled = await PostFormAsync(anonymous, cancel.PathAndQuery, []);
        Assert.Contains("Twój zapis został odwołany", await cancelled.Content.ReadAsStringAsync());
        var stale = await anonymous.GetAsync(cancel.PathAndQuery);
        Assert.Equal(HttpStatusCode.NotFound, stale.StatusCode);
        Assert.Contains("Ten odnośnik już nie działa", await stale.Content.ReadAsStringAsync());

        list = await Registrations();
        Assert.Equal(20, list.Count(r => r.Link.Value == WorkshopRegistrations.Confirmed));
        Assert.Equal(9, list.Count(r => r.Link.Value == WorkshopRegistrations.Waiting));
        Assert.Equal(WorkshopRegistrations.Confirmed, list.Single(r => r.User!.Id == firstWaiting.Id).Link.Value);
        await Smtp.WaitForAsync(_ => Smtp.To(firstWaiting.Email!).Count() == 2);
        Assert.Equal("Zwolniło się miejsce: Spotkanie inauguracyjne sieci w Sulejówku", Smtp.To(firstWaiting.Email!).Last().Subject);

        using (var scope = Site.Services.CreateScope())
        {
            var registrations = scope.ServiceProvider.GetRequiredService<WorkshopRegistrations>();
            Assert.Equal(0, await registrations.SendRemindersAsync(start.AddDays(-2)));
            Assert.Equal(20, await registrations.SendRemindersAsync(start.AddDays(-1)));
            Assert.Equal(0, await registrations.SendRemindersAsync(start.AddDays(-1)));
        }

        await Smtp.WaitForAsync(m => m.Count(x => x.Subject!.StartsWith("Jutro:", StringComparison.Ordinal)) == 20);
        var organiser = await MailSites.SignedInAsync(Site, await MailSites.UserAsync(Site, "organizator-zapisow", "Editor"));
        var csv = Encoding.UTF8.GetString((await organiser.GetByteArrayAsync($"/Admin/Registrations?handler=Csv&id={WorkshopId}"))[3..]);
        Assert.Equal(30, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("\"uczestnik-", csv);
        Assert.Contains("Zapisanych: 29", await organiser.GetStringAsync($"/Admin/Registrations?id={WorkshopId}"));
    }

    [Fact]
    public async Task Sign_up_is_refused_when_closed_or_past_the_deadline()
    {
        var member = await MailSites.SignedInAsync(Site, await ForumMembers.CreateAsync(Site, "spozniona"));
        // With registration closed the page has no form; the member's token comes from another page, as a stale tab would hold it.
        var token = (await FormAsync(member, "/forum/sprawy-ogolne")).Where(f => f.Key == "__RequestVerificationToken").ToDictionary();
        var closed = await PostAsync(member, "/warsztaty/zapisz", token, new() { ["id"] = WorkshopId });
        Assert.Contains("Zapisy na te warsztaty nie są otwarte.", await closed.Content.ReadAsStringAsync());

        await Workshops.OpenRegistrationAsync(Site, DateTime.UtcNow.AddDays(5), capacity: 5, deadline: DateTime.UtcNow.AddHours(-1));
        var late = await PostAsync(member, "/warsztaty/zapisz", token, new() { ["id"] = WorkshopId });
        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.Contains("Zapisy zakończyły się", await late.Content.ReadAsStringAsync());
        Assert.Empty(await Registrations());
    }

    private async Task<List<(Siec.Cms.Core.Data.Records.UserContentLinkRecord Link, Microsoft.AspNetCore.Identity.IdentityUser? User)>> Registrations()
    {
        using var scope = Site.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WorkshopRegistrations>().ListAsync(WorkshopId);
    }
}
