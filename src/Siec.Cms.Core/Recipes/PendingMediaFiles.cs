namespace Siec.Cms.Core.Recipes;

/// <summary>Media files a recipe carries, held until its transaction commits.</summary>
public sealed class PendingMediaFiles
{
    private readonly Dictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, byte[]> Files => _files;

    public void Add(string path, byte[] content) => _files[path] = content;
}
