namespace Siec.Cms.Core.Settings;

/// <summary>The ids of the modules and themes this build has, as the Feature and Themes steps know them.</summary>
public sealed class FeatureCatalog(IEnumerable<FeatureId> features)
{
    private readonly HashSet<string> _ids = features.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);

    public bool Contains(string id) => _ids.Contains(id);
}
