namespace Siec.Cms.Core.ContentManagement;

/// <summary>Which version of an item to load.</summary>
public enum VersionOptions
{
    Published,
    Latest,
}
