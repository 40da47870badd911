using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;

namespace Siec.Cms.Core.Caching;

/// <summary>
/// The parts of a site ("sections": the blog, the forum, ...) that cached pages show and that changes touch, so that
/// a commit evicts only the pages of the sections it changed: a forum reply leaves the blog's pages cached. A module
/// names its sections and their content types in <see cref="CacheSectionOptions"/>; a page names what it shows with
/// <see cref="ShowsSections"/>. A page that names nothing, and a change no section claims, fall back to the
/// whole-site rule: every cached page goes.
/// </summary>
public static class CacheSections
{
    /// <summary>The tag of every cached page: evicting it empties the cache.</summary>
    public const string Everything = "content";

    /// <summary>How long a cached page is kept at most, anonymous or a members' one, even if nothing evicts it.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    /// <summary>The tag of cached pages that named no section: every change evicts them.</summary>
    public const string Unsectioned = "unsectioned";

    public static string Tag(string section) => "section:" + section;

    /// <summary>A tag as the output cache stores it: of one network, so one network's change never empties another's pages.</summary>
    public static string OfTenant(string tenant, string tag) => tenant + "|" + tag;

    /// <summary>
    /// The tags a page is stored with: those it was given, with <see cref="Unsectioned"/> when it named no section,
    /// each made its network's.
    /// </summary>
    public static IReadOnlyList<string> StoredTags(IEnumerable<string> tags, string tenant)
    {
        var given = tags.ToList();
        if (!given.Any(t => t.StartsWith(Tag(""), StringComparison.Ordinal)))
        {
            given.Add(Unsectioned);
        }

        return given.Distinct().Select(t => OfTenant(tenant, t)).ToList();
    }

    /// <summary>Tags the page being cached with the sections it shows.</summary>
    public static void ShowsSections(this HttpContext http, IEnumerable<string> sections)
    {
        if (http.Features.Get<IOutputCacheFeature>() is { } cache)
        {
            foreach (var section in sections)
            {
                cache.Context.Tags.Add(Tag(section));
            }
        }
    }
}

/// <summary>Which sections each content type belongs to; a type not named here belongs to the whole site.</summary>
public sealed class CacheSectionOptions
{
    private readonly Dictionary<string, HashSet<string>> _byType = new(StringComparer.Ordinal);

    public CacheSectionOptions Map(string section, params string[] contentTypes)
    {
        foreach (var type in contentTypes)
        {
            (_byType.TryGetValue(type, out var sections) ? sections : _byType[type] = []).Add(section);
        }

        return this;
    }

    /// <summary>The sections of a content type, or null when no section claims it.</summary>
    public IReadOnlyCollection<string>? SectionsOf(string contentType) => _byType.GetValueOrDefault(contentType);
}
