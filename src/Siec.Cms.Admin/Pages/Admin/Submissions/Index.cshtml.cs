using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Siec.Cms.Core.Http;
using Siec.Cms.Admin.Security;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Display;
using Siec.Cms.Core.Forms;
using Siec.Cms.Core.Security;
using Siec.Cms.Core.Text;

namespace Siec.Cms.Admin.Pages.Admin.Submissions;

/// <summary>Form submissions (join applications among them): filter by form and status, page, export as CSV.</summary>
public sealed class IndexModel(FormSubmissions submissions, PermissionChecker permissions) : PageModel
{
    private const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public string? Form { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "strona")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<FormSubmission> Items { get; private set; } = [];

    public int Total { get; private set; }

    public IReadOnlyList<ContentItem> Forms { get; private set; } = [];

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await permissions.HasAsync(User, "ViewFormSubmissions"))
        {
            return Forbid();
        }

        PageNumber = Paging.Clamp(PageNumber);
        Forms = await submissions.FormsAsync();
        (Items, Total) = await submissions.ListAsync(Form, Status, (PageNumber - 1) * PageSize, PageSize);
        return Page();
    }

    /// <summary>The submissions shown, as CSV (<see cref="Csv"/>), one column per question.</summary>
    public async Task<IActionResult> OnGetCsvAsync()
    {
        if (!await permissions.HasAsync(User, "ViewFormSubmissions"))
        {
            return Forbid();
        }

        var all = await submissions.AllAsync(Form, Status);
        var names = all.SelectMany(s => s.Values.Select(v => (v.Name, v.Label))).DistinctBy(v => v.Name).ToList();
        IEnumerable<string>[] header = [["Data", "Formularz", "Status", .. names.Select(n => n.Label), "Decyzja", "Powód"]];
        var rows = all.Select(s => (IEnumerable<string>)[PolishFormat.DateAndTime(s.Record.CreatedUtc), s.Record.FormTitle,
            SubmissionStatus.Polish(s.Record.Status), .. names.Select(n => s.Value(n.Name)), s.Record.DecidedBy ?? "", s.Record.DecisionReason ?? ""]);
        return File(Csv.Write(header.Concat(rows)), "text/csv; charset=utf-8", "zgloszenia.csv");
    }
}
