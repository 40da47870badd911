using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Display;
using Siec.Cms.Core.Forms;
using Siec.Cms.Core.Indexing;
using Siec.Cms.Core.Search;
using Siec.Cms.Core.Security;
using Siec.Cms.Core.Setup;

namespace Siec.Cms.Core.Privacy;

/// <summary>
/// A person's data under RODO: everything stored about a user, for download; and erasure. Erasure removes the
/// account, their profile (every version), their applications, consents and the mail sent about them, and turns
/// their name on everything they wrote into "Użytkownik usunięty", so threads keep their posts.
/// </summary>
public sealed class PersonalData(
    CmsDbContext db, UserManager<IdentityUser> users, Transactions transactions, ContentIndexer indexer, ISearchIndex search, IOptions<AccountOptions> options)
{
    public async Task<JsonObject> ExportAsync(IdentityUser user)
    {
        var submissionIds = await SubmissionIdsAsync(user);
        var owned = await db.ContentItems.AsNoTracking().Where(r => r.Owner == user.Id && r.Latest).OrderBy(r => r.Id).ToListAsync();
        return new JsonObject
        {
            ["Konto"] = new JsonObject
            {
                ["Id"] = user.Id,
                ["NazwaUzytkownika"] = user.UserName,
                ["Email"] = user.Email,
                ["EmailPotwierdzony"] = user.EmailConfirmed,
                ["Role"] = new JsonArray((await users.GetRolesAsync(user)).Select(r => (JsonNode)r!).ToArray()),
            },
            ["Tresci"] = new JsonArray(owned.Select(r => (JsonNode)ContentItemJson.Write(ContentRecords.ToItem(r))).ToArray()),
            ["Zgloszenia"] = Array(await db.FormSubmissions.AsNoTracking().Where(s => submissionIds.Contains(s.Id)).OrderBy(s => s.CreatedUtc).ToListAsync(), s => new JsonObject
            {
                ["Formularz"] = s.FormTitle,
                ["Wyslano"] = ContentItemJson.FormatDate(s.CreatedUtc),
                ["Status"] = SubmissionStatus.Polish(s.Status),
                ["Dane"] = JsonNode.Parse(s.Values),
            }),
            ["Zgody"] = Array(await db.Consents.AsNoTracking().Where(c => c.UserId == user.Id || (c.SubmissionId != null && submissionIds.Contains(c.SubmissionId))).OrderBy(c => c.GivenUtc).ToListAsync(), c => new JsonObject
            {
                ["Tresc"] = c.Text,
                ["Wersja"] = c.TextVersion,
                ["Udzielono"] = ContentItemJson.FormatDate(c.GivenUtc),
            }),
            ["Wiadomosci"] = Array(await MailAbout(user, submissionIds).AsNoTracking().OrderBy(m => m.Id).ToListAsync(), m => new JsonObject
            {
                ["Do"] = m.To,
                ["Temat"] = m.Subject,
                ["Utworzono"] = ContentItemJson.FormatDate(m.CreatedUtc),
                ["Wyslano"] = ContentItemJson.FormatDate(m.SentUtc),
            }),
            ["Powiazania"] = Array(await db.UserContentLinks.AsNoTracking().Where(l => l.UserId == user.Id).OrderBy(l => l.Id).ToListAsync(), l => new JsonObject
            {
                ["Rodzaj"] = l.Kind,
                ["Element"] = l.ContentItemId,
                ["Wartosc"] = l.Value,
                ["Kiedy"] = ContentItemJson.FormatDate(l.Utc),
            }),
            ["Dziennik"] = Array(await db.AuditEvents.AsNoTracking().Where(a => a.UserId == user.Id).OrderBy(a => a.Utc).ToListAsync(), a => new JsonObject
            {
                ["Kiedy"] = ContentItemJson.FormatDate(a.Utc),
                ["Czynnosc"] = a.Action,
                ["Element"] = a.DisplayText,
            }),
        };
    }

    /// <summary>Why this account may not be erased (the site's only administrator), or null.</summary>
    public async Task<string?> RefusalAsync(IdentityUser user) =>
        await users.IsInRoleAsync(user, RoleDefinition.Administrator) && (await users.GetUsersInRoleAsync(RoleDefinition.Administrator)).Count == 1
            ? "To jedyne konto administratora – najpierw nadaj rolę Administrator komuś innemu."
            : null;

    public Task EraseAsync(IdentityUser user) => transactions.RunAsync(async () =>
    {
        var submissionIds = await SubmissionIdsAsync(user);
        await MailAbout(user, submissionIds).ExecuteDeleteAsync();
        await db.Consents.Where(c => c.UserId == user.Id || (c.SubmissionId != null && submissionIds.Contains(c.SubmissionId))).ExecuteDeleteAsync();
        await db.FormSubmissions.Where(s => submissionIds.Contains(s.Id)).ExecuteDeleteAsync();
        await db.UserContentLinks.Where(l => l.UserId == user.Id).ExecuteDeleteAsync();

        var profileType = options.Value.ProfileType;
        var profiles = await db.ContentItems.Where(r => r.Owner == user.Id && r.ContentType == profileType).Select(r => r.ContentItemId).Distinct().ToListAsync();
        await db.ContentItems.Where(r => profiles.Contains(r.ContentItemId)).ExecuteDeleteAsync();
        await db.AuditEvents.Where(a => profiles.Contains(a.ContentItemId)).ExecuteDeleteAsync();
        foreach (var profile in profiles)
        {
            await indexer.RefreshAsync(profile);
        }

        await search.CompactAsync();

        await db.ContentItems.Where(r => r.Owner == user.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.Author, AccountOptions.ErasedUserName));
        await db.AuditEvents.Where(a => a.UserId == user.Id || a.UserName == user.UserName)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.UserName, AccountOptions.ErasedUserName).SetProperty(a => a.UserId, (string?)null));
        var deleted = await users.DeleteAsync(user);
        if (!deleted.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", deleted.Errors.Select(e => e.Description)));
        }
    });

    /// <summary>Erases what rejected applications hold once their retention period is over.</summary>
    public Task<int> EraseExpiredRejectionsAsync(DateTime nowUtc) => transactions.RunAsync(async () =>
    {
        var before = nowUtc.AddDays(-options.Value.RejectedRetentionDays);
        var ids = await db.FormSubmissions.Where(s => s.Status == SubmissionStatus.Rejected && s.DecidedUtc < before).Select(s => s.Id).ToListAsync();
        if (ids.Count == 0)
        {
            return 0;
        }

        await db.Outbox.Where(m => m.Reference != null && ids.Contains(m.Reference) && m.SentUtc != null).ExecuteDeleteAsync();
        await db.Consents.Where(c => c.SubmissionId != null && ids.Contains(c.SubmissionId)).ExecuteDeleteAsync();
        return await db.FormSubmissions.Where(s => ids.Contains(s.Id)).ExecuteDeleteAsync();
    });

    private async Task<List<string>> SubmissionIdsAsync(IdentityUser user)
    {
        var email = user.Email?.ToLowerInvariant();
        return await db.FormSubmissions.Where(s => s.UserId == user.Id || (email != null && s.Email == email)).Select(s => s.Id).ToListAsync();
    }

    private IQueryable<Data.Records.OutboxMessageRecord> MailAbout(IdentityUser user, List<string> submissionIds) =>
        db.Outbox.Where(m => m.To == user.Email || m.Reference == user.Id || (m.Reference != null && submissionIds.Contains(m.Reference)));

    private static JsonArray Array<T>(IEnumerable<T> rows, Func<T, JsonObject> map) => new(rows.Select(r => (JsonNode)map(r)).ToArray());
}
