using Microsoft.EntityFrameworkCore;
using Siec.Cms.Core.Data.Records;

namespace Siec.Cms.Core.Data;

/// <summary>Counters incremented in the database itself, so concurrent increments are never lost.</summary>
public sealed class Counters(CmsDbContext db)
{
    public async Task IncrementAsync(string key)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            if (await db.Counters.Where(c => c.Key == key).ExecuteUpdateAsync(s => s.SetProperty(c => c.Value, c => c.Value + 1)) > 0)
            {
                return;
            }

            try
            {
                db.Counters.Add(new CounterRecord { Key = key, Value = 1 });
                await db.SaveChangesAsync();
                return;
            }
            catch (DbUpdateException)
            {
                // Another request created the counter first: count on it.
                db.ChangeTracker.Clear();
            }
        }

        throw new InvalidOperationException($"Licznik '{key}' nie dał się zwiększyć.");
    }

    public async Task<long> GetAsync(string key) =>
        await db.Counters.Where(c => c.Key == key).Select(c => c.Value).FirstOrDefaultAsync();
}
