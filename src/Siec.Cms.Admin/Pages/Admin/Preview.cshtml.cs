using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Siec.Cms.Core.Display;

namespace Siec.Cms.Admin.Pages.Admin;

/// <summary>
/// The editor's live preview: Markdown rendered and sanitised by the very pipeline the site's pages use, as an HTML
/// fragment. A POST with the page's antiforgery token, for signed-in admin users only.
/// </summary>
public sealed class PreviewModel(SafeHtml safeHtml) : PageModel
{
    /// <summary>Longer text is not a post anyone writes; it is refused rather than rendered.</summary>
    private const int MaxLength = 200_000;

    public IActionResult OnPost(string? markdown) =>
        markdown?.Length > MaxLength
            ? BadRequest("Tekst jest za długi na podgląd.")
            : Content(safeHtml.FromMarkdown(markdown ?? ""), "text/html; charset=utf-8");
}
