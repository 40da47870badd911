namespace Siec.Cms.Core.Settings;

/// <summary>Registered by a module or theme so recipes can enable it by id.</summary>
public sealed record FeatureId(string Id);
