using Microsoft.AspNetCore.Http;
using Siec.Cms.Core.ContentManagement;

namespace Siec.Network.Site;

/// <summary>
/// What a feature adds to the page of an item of its types (a blog's posts, a topic's replies, a workshop's sign-up),
/// as Orchard Core's display drivers add shapes. A feature registers one with <c>AddItemPage&lt;T&gt;()</c>.
/// </summary>
public interface IItemPageContributor
{
    /// <summary>The content types whose pages this contributor fills.</summary>
    IReadOnlyCollection<string> Types { get; }

    /// <returns>A result that replaces the page (a redirect, a 404), or null to show the page with what was added.</returns>
    Task<IResult?> ContributeAsync(ItemPageContext context);
}

/// <param name="Model">What the templates read beside the item (<c>Model.Posts</c>, <c>Model.Pager</c>, ...).</param>
/// <param name="PageSize">The site's page size for lists on the page.</param>
public sealed record ItemPageContext(HttpContext Http, ContentItem Item, Dictionary<string, object?> Model, int PageSize)
{
    /// <summary>The page's Open Graph type: "website" unless the item is an article.</summary>
    public string OpenGraphType { get; set; } = "website";
}
