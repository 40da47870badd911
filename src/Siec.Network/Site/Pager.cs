using Microsoft.AspNetCore.Http;
using Siec.Cms.Core.Http;

namespace Siec.Network.Site;

/// <summary>One page of a list, read from <c>?strona=N</c>, with links to the neighbours.</summary>
public sealed record Pager(int Page, int PageSize, int Total)
{
    public const string Parameter = "strona";

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public static Pager From(HttpContext http, int pageSize, int total)
    {
        var page = int.TryParse(http.Request.Query[Parameter], out var p) && p > 0 ? Paging.Clamp(p) : 1;
        return new Pager(page, pageSize, total);
    }

    public IEnumerable<T> Slice<T>(IEnumerable<T> items) => items.Skip((Page - 1) * PageSize).Take(PageSize);

    /// <summary>What templates read: the page, the count and the links, keeping the other query values.</summary>
    public Dictionary<string, object?> ToModel(HttpContext http) => new()
    {
        ["Page"] = Page,
        ["Pages"] = Pages,
        ["Total"] = Total,
        ["Previous"] = Page > 1 ? Link(http, Page - 1) : null,
        ["Next"] = Page < Pages ? Link(http, Page + 1) : null,
    };

    private static string Link(HttpContext http, int page)
    {
        var query = http.Request.Query.Where(q => q.Key != Parameter).SelectMany(q => q.Value.Select(v => (q.Key, Value: v ?? "")))
            .Append((Parameter, page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return http.Request.Path + "?" + string.Join("&", query.Select(q => $"{Uri.EscapeDataString(q.Item1)}={Uri.EscapeDataString(q.Item2)}"));
    }
}
