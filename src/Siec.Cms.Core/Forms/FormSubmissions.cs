using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Data.Records;
using Siec.Cms.Core.Metadata;

namespace Siec.Cms.Core.Forms;

/// <summary>
/// Stores submissions (with the consents they carry) and records decisions on them; the form's handler runs in the
/// same transaction, so a submission is never half stored and its mail never sent for a rollback.
/// </summary>
public sealed class FormSubmissions(
    CmsDbContext db, Transactions transactions, IClock clock, IEnumerable<IFormSubmissionHandler> handlers, ContentDefinitionManager definitions, ContentQuery query)
{
    public IFormSubmissionHandler? HandlerFor(FormDefinition form) => handlers.FirstOrDefault(h => h.Handles(form));

    public Task<FormSubmission> SubmitAsync(FormDefinition form, IReadOnlyList<FormValue> values, FormRequest request) => transactions.RunAsync(async () =>
    {
        var handler = HandlerFor(form);
        var now = clock.UtcNow;
        var record = new FormSubmissionRecord
        {
            Id = IdGenerator.NewId(),
            FormContentItemId = form.Item.ContentItemId,
            FormTitle = form.Title,
            CreatedUtc = now,
            Status = handler?.Reviews == true ? SubmissionStatus.Pending : SubmissionStatus.Received,
            Email = form.Inputs.FirstOrDefault(i => i.Kind == "Input" && i.Type == "email") is { } email
                ? values.First(v => v.Name == email.Name).Value.ToLowerInvariant() : null,
            Values = JsonSerializer.Serialize(values),
        };
        db.FormSubmissions.Add(record);
        foreach (var checkbox in form.Inputs.Where(i => i.IsCheckbox && i.Required))
        {
            var text = form.ConsentText(checkbox);
            db.Consents.Add(new ConsentRecord { SubmissionId = record.Id, Text = text, TextVersion = FormDefinition.Version(text), GivenUtc = now });
        }

        await db.SaveChangesAsync();
        var submission = new FormSubmission(record);
        if (handler is not null)
        {
            await handler.SubmittedAsync(form, submission, request);
        }

        return submission;
    });

    public async Task<FormSubmission?> GetAsync(string id) =>
        await db.FormSubmissions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id) is { } record ? new FormSubmission(record) : null;

    public async Task<(IReadOnlyList<FormSubmission> Items, int Total)> ListAsync(string? formId, string? status, int skip, int take)
    {
        var query = Filter(formId, status);
        var total = await query.CountAsync();
        var page = await query.OrderByDescending(s => s.CreatedUtc).Skip(skip).Take(take).ToListAsync();
        return (page.Select(r => new FormSubmission(r)).ToList(), total);
    }

    public async Task<IReadOnlyList<FormSubmission>> AllAsync(string? formId, string? status) =>
        (await Filter(formId, status).OrderBy(s => s.CreatedUtc).ToListAsync()).Select(r => new FormSubmission(r)).ToList();

    /// <summary>Every form of the site (items of any type with FormPart), latest versions.</summary>
    public async Task<IReadOnlyList<ContentItem>> FormsAsync()
    {
        var types = (await definitions.LoadAsync()).ContentTypes.Where(t => t.FindPart("FormPart") is not null).Select(t => t.Name).ToList();
        return (await query.LatestAsync(types, null, null, 0, 500)).Items;
    }

    public Task<int> CountAsync(string status) => db.FormSubmissions.CountAsync(s => s.Status == status);

    /// <summary>
    /// Approves or rejects a pending submission. The status changes with a guarded UPDATE, so of two moderators
    /// deciding at once only one decision (and its mail) happens; the other gets false.
    /// </summary>
    public Task<bool> DecideAsync(string id, bool approve, string? reason, FormDefinition form, FormRequest request) => transactions.RunAsync(async () =>
    {
        var handler = HandlerFor(form) ?? throw new InvalidOperationException("Tego formularza nie rozpatruje się.");
        var status = approve ? SubmissionStatus.Approved : SubmissionStatus.Rejected;
        var now = clock.UtcNow;
        var changed = await db.FormSubmissions.Where(s => s.Id == id && s.Status == SubmissionStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, status).SetProperty(x => x.DecidedUtc, now)
                .SetProperty(x => x.DecidedBy, request.UserName).SetProperty(x => x.DecisionReason, reason));
        if (changed == 0)
        {
            return false;
        }

        var submission = (await GetAsync(id))!;
        if (!approve)
        {
            await handler.RejectedAsync(submission, reason ?? "", request);
        }
        else if (await handler.ApprovedAsync(submission, request) is { } userId)
        {
            await db.FormSubmissions.Where(s => s.Id == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.UserId, userId));
        }

        return true;
    });

    private IQueryable<FormSubmissionRecord> Filter(string? formId, string? status)
    {
        var query = db.FormSubmissions.AsNoTracking();
        if (!string.IsNullOrEmpty(formId))
        {
            query = query.Where(s => s.FormContentItemId == formId);
        }

        return string.IsNullOrEmpty(status) ? query : query.Where(s => s.Status == status);
    }
}
