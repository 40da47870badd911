using Microsoft.EntityFrameworkCore;

namespace Siec.Cms.Core.Data;

/// <summary>Counters incremented in the database itself, so concurrent increments are never lost.</summary>
public sealed class Counters(CmsDbContext db)
{
    public Task IncrementAsync(string key) => TryIncrementBelowAsync(key, long.MaxValue);

    /// <summary>
    /// Adds one only while the counter is below <paramref name="limit"/> (a seat taken while seats are left): one
    /// guarded UPDATE, so concurrent callers never take more than the limit.
    /// </summary>
    public async Task<bool> TryIncrementBelowAsync(string key, long limit)
    {
        // Both SQLite and PostgreSQL take this upsert; a row made by a concurrent caller is left as it is.
        await db.Database.ExecuteSqlAsync($"""INSERT INTO "Counters" ("Key", "Value") VALUES ({key}, 0) ON CONFLICT DO NOTHING""");

        return await db.Counters.Where(c => c.Key == key && c.Value < limit).ExecuteUpdateAsync(s => s.SetProperty(c => c.Value, c => c.Value + 1)) == 1;
    }

    public Task DecrementAsync(string key) =>
        db.Counters.Where(c => c.Key == key && c.Value > 0).ExecuteUpdateAsync(s => s.SetProperty(c => c.Value, c => c.Value - 1));

    public Task ResetAsync(string key) => db.Counters.Where(c => c.Key == key).ExecuteDeleteAsync();

    public async Task<long> GetAsync(string key) =>
        await db.Counters.Where(c => c.Key == key).Select(c => c.Value).FirstOrDefaultAsync();

    /// <summary>The values of many counters at once (absent ones are 0).</summary>
    public async Task<Dictionary<string, long>> GetAllAsync(IReadOnlyCollection<string> keys) =>
        await db.Counters.Where(c => keys.Contains(c.Key)).ToDictionaryAsync(c => c.Key, c => c.Value);
}
