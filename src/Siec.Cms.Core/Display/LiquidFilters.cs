using Fluid;
using Fluid.Values;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Text;

namespace Siec.Cms.Core.Display;

/// <summary>The filters templates use: Markdown and safe HTML, URLs, media, Polish dates and sizes.</summary>
public sealed class LiquidFilters(SafeHtml safeHtml, IResponsiveImages images)
{
    public void Register(TemplateOptions options)
    {
        options.Filters.AddFilter("markdownify", (input, _, _) => new StringValue(safeHtml.FromMarkdown(input.ToStringValue()), encode: false));
        options.Filters.AddFilter("sanitize_html", (input, _, _) => new StringValue(safeHtml.FromHtml(input.ToStringValue()), encode: false));
        options.Filters.AddFilter("href", (input, _, _) => new StringValue(Href(input.ToStringValue())));
        options.Filters.AddFilter("media_url", (input, _, _) => new StringValue("/media/" + string.Join('/', input.ToStringValue().Split('/').Select(Uri.EscapeDataString))));
        options.Filters.AddFilter("media_srcset", (input, _, _) => new StringValue(images.SrcSet(input.ToStringValue()) ?? ""));
        options.Filters.AddFilter("slugify", (input, _, _) => new StringValue(Slugifier.Slugify(input.ToStringValue())));
        options.Filters.AddFilter("polish_date", (input, _, _) => Dated(input, PolishFormat.Date));
        options.Filters.AddFilter("polish_datetime", (input, _, _) => Dated(input, PolishFormat.DateAndTime));
        options.Filters.AddFilter("polish_time", (input, _, _) => Dated(input, PolishFormat.Time));
        options.Filters.AddFilter("iso_date", (input, _, _) => Dated(input, d => ContentItemJson.FormatDate(d)!));
        options.Filters.AddFilter("file_size", (input, _, _) =>
            new StringValue(input.IsNil() ? "" : PolishFormat.FileSize(input.ToNumberValue())));
    }

    /// <summary>Orchard's <c>~/</c> is the site root.</summary>
    public static string Href(string url) => url.StartsWith("~/", StringComparison.Ordinal) ? url[1..] : url;

    private static FluidValue Dated(FluidValue input, Func<DateTime, string> format)
    {
        var text = input.ToStringValue();
        return string.IsNullOrEmpty(text) ? StringValue.Empty : new StringValue(format(ContentItemJson.ParseDate(text)!.Value));
    }
}
