using System.Collections.Concurrent;
using Fluid;
using Fluid.Values;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace Siec.Cms.Core.Display;

/// <summary>
/// The theme's parsed templates, parsed once and parsed again when the file changes, so editing a .liquid file
/// changes the site with no restart.
/// </summary>
public sealed class LiquidTemplates
{
    private static readonly FluidParser Parser = new();
    private readonly ConcurrentDictionary<string, (DateTime Modified, IFluidTemplate Template)> _cache = new(StringComparer.Ordinal);
    private readonly string _views;

    public LiquidTemplates(IOptions<ThemeOptions> options, LiquidFilters filters)
    {
        _views = options.Value.ViewsPath;
        Options = new TemplateOptions { FileProvider = new PhysicalFileProvider(_views) };
        Options.MemberAccessStrategy.MemberNameStrategy = MemberNameStrategies.Default;
        filters.Register(Options);
        Options.Filters.AddFilter("display", DisplayAsync);
    }

    public TemplateOptions Options { get; }

    public bool Exists(string name) => File.Exists(PathOf(name));

    public IFluidTemplate Get(string name)
    {
        var path = PathOf(name);
        var modified = File.Exists(path)
            ? File.GetLastWriteTimeUtc(path)
            : throw new FileNotFoundException($"Szablon '{name}.liquid' nie istnieje w {_views}.", path);
        if (_cache.TryGetValue(name, out var cached) && cached.Modified == modified)
        {
            return cached.Template;
        }

        if (!Parser.TryParse(File.ReadAllText(path), out var template, out var error))
        {
            throw new InvalidOperationException($"Szablon '{name}.liquid' ma błąd: {error}");
        }

        _cache[name] = (modified, template);
        return template;
    }

    /// <summary><c>{{ item | display: "Summary" }}</c> renders an item (as templates see it) with its Summary template.</summary>
    private async ValueTask<FluidValue> DisplayAsync(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var type = (await input.GetValueAsync("ContentType", context)).ToStringValue();
        if (string.IsNullOrEmpty(type))
        {
            return StringValue.Empty;
        }

        var displayType = arguments.At(0).IsNil() ? "Summary" : arguments.At(0).ToStringValue();
        var name = ContentDisplay.Alternates(type, displayType).First(Exists);
        var inner = new TemplateContext(Options);
        inner.SetValue("Model", new Dictionary<string, object?> { ["ContentItem"] = input, ["DisplayType"] = displayType });
        inner.SetValue("Site", context.GetValue("Site"));
        return new StringValue(await Get(name).RenderAsync(inner, ContentDisplay.Encoder), encode: false);
    }

    private string PathOf(string name) => Path.Combine(_views, name + ".liquid");
}
