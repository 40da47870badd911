using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Siec.Cms.Core.Data.Records;

namespace Siec.Cms.Core.Data;

/// <summary>Loads and saves site-wide documents as JSON rows; a loaded document is kept for the rest of the scope.</summary>
public sealed class DocumentStore(CmsDbContext db)
{
    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        WriteIndented = false,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly Dictionary<string, object> _loaded = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _preloaded = new(StringComparer.Ordinal);

    /// <summary>Reads several documents in one query, for a page that needs them all; <see cref="GetAsync"/> then finds them here.</summary>
    public async Task PreloadAsync(params string[] keys)
    {
        var missing = keys.Where(k => !_loaded.ContainsKey(k) && !_preloaded.ContainsKey(k)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var found = await db.Documents.AsNoTracking().Where(d => missing.Contains(d.Key)).ToDictionaryAsync(d => d.Key, d => d.Content);
        foreach (var key in missing)
        {
            _preloaded[key] = found.GetValueOrDefault(key);
        }
    }

    public async Task<T> GetAsync<T>(string key) where T : class, new()
    {
        if (_loaded.TryGetValue(key, out var cached))
        {
            return (T)cached;
        }

        var content = _preloaded.Remove(key, out var preloaded)
            ? preloaded
            : (await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Key == key))?.Content;
        var document = content is null ? new T() : JsonSerializer.Deserialize<T>(content, JsonOptions) ?? new T();
        _loaded[key] = document;
        return document;
    }

    public async Task<bool> ExistsAsync(string key) => await db.Documents.AnyAsync(d => d.Key == key);

    public async Task SaveAsync<T>(string key, T document) where T : class
    {
        var content = JsonSerializer.Serialize(document, JsonOptions);
        var record = await db.Documents.FirstOrDefaultAsync(d => d.Key == key);
        if (record is null)
        {
            db.Documents.Add(new DocumentRecord { Key = key, Content = content, Version = 1 });
        }
        else
        {
            record.Content = content;
            record.Version++;
        }

        await db.SaveChangesAsync();
        _loaded[key] = document;
    }

    /// <summary>Forgets what this scope loaded, after a rolled-back transaction.</summary>
    public void Forget()
    {
        _loaded.Clear();
        _preloaded.Clear();
    }
}
