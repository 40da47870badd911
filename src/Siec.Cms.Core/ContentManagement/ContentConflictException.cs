namespace Siec.Cms.Core.ContentManagement;

/// <summary>Thrown when an item is saved from a version that is no longer the latest: someone else saved first.</summary>
public sealed class ContentConflictException(string contentItemId, string? baseVersionId)
    : Exception($"Element {contentItemId} został w międzyczasie zmieniony przez kogoś innego (zapis z wersji {baseVersionId ?? "brak"} nie jest już najnowszy). Nic nie zostało nadpisane.")
{
    public string ContentItemId { get; } = contentItemId;
}
