namespace Siec.Cms.Core.ContentManagement;

/// <summary>The current time, truncated to milliseconds so every database keeps it exactly.</summary>
public interface IClock
{
    DateTime UtcNow { get; }
}
