using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Fluid;
using Fluid.Values;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Siec.Cms.Core.Display.Templates;

namespace Siec.Cms.Core.Display;

/// <summary>
/// The theme's parsed templates, parsed once and parsed again when the file changes, so editing a .liquid file
/// changes the site with no restart; a template stored in the database (Orchard's Templates) of the same shape
/// takes the file's place.
/// </summary>
public sealed class LiquidTemplates
{
    /// <summary>Where a render's stored templates travel, so <c>display</c> inside a template uses them too.</summary>
    public const string StoredKey = "StoredTemplates";

    private const int StoredCacheLimit = 1_000;
    private static readonly FluidParser Parser = new();
    private readonly ConcurrentDictionary<string, (DateTime Modified, IFluidTemplate Template)> _cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IFluidTemplate> _stored = new(StringComparer.Ordinal);
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

    /// <summary>Parses Liquid; a failure names the line and column, as Fluid reports them.</summary>
    public static bool TryParse(string source, [NotNullWhen(true)] out IFluidTemplate? template, out string error)
    {
        if (Parser.TryParse(source, out template, out var message))
        {
            error = "";
            return true;
        }

        error = message ?? "nieznany błąd składni";
        return false;
    }

    public bool Exists(string name, StoredTemplates? stored = null) => Stored(name, stored) is not null || File.Exists(PathOf(name));

    public IFluidTemplate Get(string name, StoredTemplates? stored = null)
    {
        if (Stored(name, stored) is { } own)
        {
            return own;
        }

        var path = PathOf(name);
        var modified = File.Exists(path)
            ? File.GetLastWriteTimeUtc(path)
            : throw new FileNotFoundException($"Szablon '{name}.liquid' nie istnieje w {_views}.", path);
        if (_cache.TryGetValue(name, out var cached) && cached.Modified == modified)
        {
            return cached.Template;
        }

        if (!TryParse(File.ReadAllText(path), out var template, out var error))
        {
            throw new InvalidOperationException($"Szablon '{name}.liquid' ma błąd: {error}");
        }

        _cache[name] = (modified, template);
        return template;
    }

    /// <summary>The stored template of the view's shape, parsed once per distinct text (it was checked when saved).</summary>
    private IFluidTemplate? Stored(string name, StoredTemplates? stored)
    {
        if (stored is not { Templates.Count: > 0 } || !stored.Templates.TryGetValue(TemplateNames.ToShapeName(name), out var own))
        {
            return null;
        }

        if (_stored.TryGetValue(own.Content, out var parsed))
        {
            return parsed;
        }

        if (!TryParse(own.Content, out parsed, out var error))
        {
            throw new InvalidOperationException($"Zapisany szablon '{TemplateNames.ToShapeName(name)}' ma błąd: {error}");
        }

        if (_stored.Count >= StoredCacheLimit)
        {
            _stored.Clear();
        }

        return _stored[own.Content] = parsed;
    }

    /// <summary><c>{{ item | display: "Summary" }}</c> renders an item (as templates see it) with its Summary template.</summary>
    private async ValueTask<FluidValue> DisplayAsync(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var type = (await input.GetValueAsync("ContentType", context)).ToStringValue();
        if (string.IsNullOrEmpty(type))
        {
            return StringValue.Empty;
        }

        var stored = context.AmbientValues.TryGetValue(StoredKey, out var value) ? value as StoredTemplates : null;
        var displayType = arguments.At(0).IsNil() ? "Summary" : arguments.At(0).ToStringValue();
        var name = ContentDisplay.Alternates(type, displayType).First(n => Exists(n, stored));
        var inner = new TemplateContext(Options);
        inner.AmbientValues[StoredKey] = stored;
        inner.SetValue("Model", new Dictionary<string, object?> { ["ContentItem"] = input, ["DisplayType"] = displayType });
        inner.SetValue("Site", context.GetValue("Site"));
        return new StringValue(await Get(name, stored).RenderAsync(inner, ContentDisplay.Encoder), encode: false);
    }

    private string PathOf(string name) => Path.Combine(_views, name + ".liquid");
}
