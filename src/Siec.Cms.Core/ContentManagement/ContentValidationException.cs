namespace Siec.Cms.Core.ContentManagement;

/// <summary>Thrown when an item cannot be saved as it is; nothing has been written.</summary>
public sealed class ContentValidationException(string contentItemId, string contentType, IReadOnlyList<ContentValidationError> errors)
    : Exception($"Element {contentItemId} ({contentType}): " + string.Join("; ", errors.Select(e => $"{e.Property}: {e.Message}")))
{
    public string ContentItemId { get; } = contentItemId;

    public string ContentType { get; } = contentType;

    public IReadOnlyList<ContentValidationError> Errors { get; } = errors;
}
