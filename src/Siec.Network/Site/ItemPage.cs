using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Siec.Cms.Core.Caching;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Forms;
using Siec.Cms.Core.Settings;

namespace Siec.Network.Site;

/// <summary>Any published item by its path, filled in by the contributors of its type (see <see cref="IItemPageContributor"/>).</summary>
public sealed class ItemPage(
    SitePages pages, ContentQuery query, DocumentStore documents, FormView forms,
    IEnumerable<IItemPageContributor> contributors, IEnumerable<IReaderVisibility> visibility, IOptions<CacheSectionOptions> sections)
{
    public static Task<IResult> ShowAsync(string path, HttpContext http, ItemPage page) => page.ShowAsync(http, path);

    /// <summary>Shows the item at <paramref name="path"/> again, e.g. with a refused post and its message (see <see cref="SitePages.StatusKey"/>).</summary>
    public static Task<IResult> ShowAgainAsync(HttpContext http, string path) =>
        http.RequestServices.GetRequiredService<ItemPage>().ShowAsync(http, path.TrimStart('/'));

    public async Task<IResult> ShowAsync(HttpContext http, string path)
    {
        var item = await query.ByPathAsync(path.Trim('/'));
        if (item is null || await ReaderVisibility.IsHiddenAsync(visibility, item))
        {
            return await pages.NotFoundAsync(http);
        }

        http.ShowsSections(sections.Value.SectionsOf(item.ContentType) ?? []);
        var pageSize = (await documents.GetAsync<SiteSettings>(SiteSettings.DocumentKey)).PageSize;
        var model = new Dictionary<string, object?>();
        if (FormDefinition.IsForm(item))
        {
            model["Form"] = forms.Model(http, FormDefinition.From(item));
        }

        var context = new ItemPageContext(http, item, model, pageSize);
        foreach (var contributor in contributors.Where(c => c.Types.Contains(item.ContentType)))
        {
            if (await contributor.ContributeAsync(context) is { } replaced)
            {
                return replaced;
            }
        }

        return await pages.ItemAsync(http, item, model, context.OpenGraphType);
    }
}
