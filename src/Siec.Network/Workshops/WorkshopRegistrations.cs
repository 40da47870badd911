using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Data.Records;
using Siec.Cms.Core.Display;
using Siec.Cms.Core.Mail;
using Siec.Cms.Core.Participation;
using Siec.Network.Common;
using Siec.Cms.Core.Http;

namespace Siec.Network.Workshops;

/// <summary>
/// Signing up for a workshop: a place while places are left (a guarded counter, so concurrent sign-ups never take
/// more than the capacity), else the waiting list; a cancelled place goes to the first waiting member, who is told.
/// Confirmations carry the workshop's .ics file.
/// </summary>
public sealed class WorkshopRegistrations(
    ContentQuery query, UserContentLinks links, Counters counters, Transactions transactions, MailOutbox outbox,
    UserManager<IdentityUser> users, PublicAddress address, IClock clock, WorkshopLists lists)
{
    /// <summary>More meetings than start on one day anywhere; the reminder run reads no further.</summary>
    private const int RemindersPerRun = 200;

    /// <summary>The link kind of a sign-up; its value is the status, its token cancels.</summary>
    public const string Kind = "registration";
    public const string Confirmed = "potwierdzony";
    public const string Waiting = "rezerwowy";

    public sealed record Outcome(string? Status, string? Error);

    public static string SeatsKey(string workshopId) => $"workshop:{workshopId}:seats";

    public async Task<Outcome> RegisterAsync(ClaimsPrincipal principal, string workshopId)
    {
        if (await users.GetUserAsync(principal) is not { } user)
        {
            return new Outcome(null, "Aby zapisać się na warsztaty, zaloguj się.");
        }

        var workshop = await query.GetAsync(workshopId);
        var part = workshop?.Part(ContentTypes.Workshop);
        if (workshop?.ContentType != ContentTypes.Workshop || part?["RegistrationOpen"]?["Value"]?.GetValue<bool>() != true)
        {
            return new Outcome(null, "Zapisy na te warsztaty nie są otwarte.");
        }

        if (ContentItemJson.FieldDate(part["RegistrationDeadline"]) is { } deadline && clock.UtcNow > deadline)
        {
            return new Outcome(null, $"Zapisy zakończyły się {PolishFormat.DateAndTime(deadline)}.");
        }

        var capacity = part["Capacity"]?["Value"] is { } value ? (long)value.GetValue<decimal>() : long.MaxValue;
        return await transactions.RunAsync(async () =>
        {
            if (await links.GetAsync(Kind, user.Id, workshopId) is { } existing)
            {
                return new Outcome(existing.Value, "Już jesteś zapisana/zapisany na te warsztaty.");
            }

            var status = await counters.TryIncrementBelowAsync(SeatsKey(workshopId), capacity) ? Confirmed : Waiting;
            var link = await links.SetAsync(Kind, user.Id, workshopId, status, withToken: true);
            await MailAsync(status == Confirmed ? "WorkshopConfirmed" : "WorkshopWaiting", user, workshop, link, $"{status}:{link.Id}");
            return new Outcome(status, null);
        });
    }

    /// <summary>Cancels by the link's token (no sign-in needed); a freed place goes to the first on the waiting list.</summary>
    public Task<Outcome> CancelAsync(string token) => transactions.RunAsync(async () =>
    {
        if (await links.ByTokenAsync(token) is not { Kind: Kind } link)
        {
            return new Outcome(null, "Ten odnośnik nie jest już ważny – zapis mógł zostać wcześniej odwołany.");
        }

        await links.RemoveAsync(Kind, link.UserId, link.ContentItemId);
        if (link.Value == Confirmed)
        {
            var next = (await links.ForItemsAsync(Kind, [link.ContentItemId])).FirstOrDefault(l => l.Value == Waiting);
            if (next is null)
            {
                await counters.DecrementAsync(SeatsKey(link.ContentItemId));
            }
            else
            {
                var promoted = await links.SetAsync(Kind, next.UserId, next.ContentItemId, Confirmed);
                if (await users.FindByIdAsync(next.UserId) is { } user && await query.GetAsync(next.ContentItemId) is { } workshop)
                {
                    await MailAsync("WorkshopPromoted", user, workshop, promoted, $"promoted:{promoted.Id}");
                }
            }
        }

        return new Outcome(null, null);
    });

    /// <summary>Everyone signed up, confirmed first, each list in the order of signing up.</summary>
    public async Task<List<(UserContentLinkRecord Link, IdentityUser? User)>> ListAsync(string workshopId)
    {
        var result = new List<(UserContentLinkRecord, IdentityUser?)>();
        foreach (var link in (await links.ForItemsAsync(Kind, [workshopId])).OrderBy(l => l.Value == Confirmed ? 0 : 1))
        {
            result.Add((link, await users.FindByIdAsync(link.UserId)));
        }

        return result;
    }

    /// <summary>Reminds each confirmed participant the day before (Polish dates) a workshop starts; once per person and workshop.</summary>
    public async Task<int> SendRemindersAsync(DateTime nowUtc)
    {
        var tomorrow = PolishFormat.ToLocal(nowUtc).Date.AddDays(1);
        var sent = 0;
        // From the date index: meetings starting from a day before tomorrow (any time zone), kept if tomorrow in Poland.
        foreach (var workshop in await lists.StartingFromAsync(nowUtc.Date, RemindersPerRun))
        {
            var day = ContentItemJson.FieldDate(workshop.Part(ContentTypes.Workshop)?["Start"]) is { } start ? PolishFormat.ToLocal(start).Date : (DateTime?)null;
            if (day > tomorrow)
            {
                break;
            }

            if (day != tomorrow)
            {
                continue;
            }

            foreach (var link in (await links.ForItemsAsync(Kind, [workshop.ContentItemId])).Where(l => l.Value == Confirmed))
            {
                if (await users.FindByIdAsync(link.UserId) is { } user)
                {
                    await transactions.RunAsync(async () =>
                    {
                        if (await MailAsync("WorkshopReminder", user, workshop, link, $"reminder:{link.Id}"))
                        {
                            sent++;
                        }
                    });
                }
            }
        }

        return sent;
    }

    private async Task<bool> MailAsync(string template, IdentityUser user, ContentItem workshop, UserContentLinkRecord link, string cause)
    {
        if (user.Email is null)
        {
            return false;
        }

        var baseUrl = await address.BaseUrlAsync();
        var model = new Dictionary<string, object?>
        {
            ["UserName"] = user.UserName,
            ["Workshop"] = LiquidModel.From(workshop),
            ["Link"] = baseUrl + workshop.Url,
            ["Cancel"] = $"{baseUrl}/warsztaty/odwolaj/{link.Token}",
        };
        // Everything but the waiting-list notice carries the workshop for the reader's calendar.
        MailAttachment[] calendar = template == "WorkshopWaiting" ? []
            : [new MailAttachment("warsztaty.ics", "text/calendar; charset=utf-8", Encoding.UTF8.GetBytes(WorkshopCalendar.Write([workshop], baseUrl, clock.UtcNow)))];
        return await outbox.EnqueueAsync(template, user.Email, model, cause, user.Id, calendar);
    }
}
