namespace Siec.Cms.Core.ContentManagement;

/// <summary>The changes the audit trail records, with their Polish names for the admin.</summary>
public static class AuditActions
{
    public const string Created = "created";
    public const string Saved = "saved";
    public const string Published = "published";
    public const string Unpublished = "unpublished";
    public const string Deleted = "deleted";
    public const string Restored = "restored";
    public const string Imported = "imported";
    public const string Submitted = "submitted";
    public const string ChangesRequested = "changes-requested";
    public const string Rejected = "rejected";

    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        [Created] = "utworzenie",
        [Saved] = "zapis szkicu",
        [Published] = "publikacja",
        [Unpublished] = "wycofanie",
        [Deleted] = "usunięcie",
        [Restored] = "przywrócenie wersji",
        [Imported] = "import z receptury",
        [Submitted] = "przesłanie do akceptacji",
        [ChangesRequested] = "prośba o poprawki",
        [Rejected] = "odrzucenie",
    };
}
