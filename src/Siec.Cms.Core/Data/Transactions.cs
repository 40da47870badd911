using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace Siec.Cms.Core.Data;

/// <summary>Runs work in the scope's transaction, starting one when none is open; a failure rolls everything back.</summary>
public sealed class Transactions(CmsDbContext db, DocumentStore documents, IEnumerable<ICommitListener> listeners, IEnumerable<ICommittingWork> committing)
{
    /// <summary>
    /// SQLite has one writer at a time, and two transactions that both read before writing can deadlock each other;
    /// so on SQLite this site's write transactions take turns (one lock per database file).
    /// </summary>
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> SqliteWriters = new(StringComparer.Ordinal);

    /// <summary>
    /// SQLite's page cache for a long write, in KiB (the default is 2 MB). A 100,000-item import changes pages of every
    /// index all over the file; with the default cache each changed page went out to the WAL and was read back many
    /// times (1.9 GB written for a 330 MB database). The cache is given back when the transaction ends.
    /// </summary>
    private const int LargeWriteCacheKiB = 64 * 1024;

    public Task<T> RunAsync<T>(Func<Task<T>> work) => RunAsync(work, commit: true, large: false);

    /// <summary>Runs many writes (a recipe) in one transaction, with room for the pages they change.</summary>
    public Task RunLargeAsync(Func<Task> work) => RunAsync(Returning(work), commit: true, large: true);

    /// <summary>Runs the work in a transaction of its own that is rolled back at the end: a dry run that changes nothing.</summary>
    public Task RunAndRollBackAsync(Func<Task> work)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            throw new InvalidOperationException("A dry run needs a transaction of its own.");
        }

        return RunAsync(Returning(work), commit: false, large: true);
    }

    private static Func<Task<bool>> Returning(Func<Task> work) => async () =>
    {
        await work();
        return true;
    };

    private async Task<T> RunAsync<T>(Func<Task<T>> work, bool commit, bool large)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await work();
        }

        var sqlite = db.Database.IsSqlite();
        var writer = sqlite ? SqliteWriters.GetOrAdd(db.Database.GetConnectionString() ?? "", _ => new SemaphoreSlim(1, 1)) : null;
        if (writer is not null)
        {
            await writer.WaitAsync();
        }

        long? cache = null;
        try
        {
            cache = large && sqlite ? await EnlargeCacheAsync() : null;
            await using var transaction = await db.Database.BeginTransactionAsync();
            try
            {
                var result = await work();
                if (!commit)
                {
                    await transaction.RollbackAsync();
                    Forget();
                    return result;
                }

                foreach (var pending in committing)
                {
                    await pending.CommittingAsync();
                }

                await transaction.CommitAsync();
                await NotifyCommittedAsync();
                return result;
            }
            catch
            {
                await transaction.RollbackAsync();
                Forget();
                throw;
            }
        }
        finally
        {
            if (cache is { } previous)
            {
                await RestoreCacheAsync(previous);
            }

            writer?.Release();
        }
    }

    public Task RunAsync(Func<Task> work) => RunAsync(Returning(work), commit: true, large: false);

    /// <summary>Enlarges the page cache of this scope's SQLite connection, held open until <see cref="RestoreCacheAsync"/>; returns the setting it had.</summary>
    private async Task<long> EnlargeCacheAsync()
    {
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        var previous = Convert.ToInt64(await SqlitePragmas.RunAsync(connection, "PRAGMA cache_size"), System.Globalization.CultureInfo.InvariantCulture);
        await SqlitePragmas.RunAsync(connection, $"PRAGMA cache_size = -{LargeWriteCacheKiB}");
        return previous;
    }

    /// <summary>Sets the cache back (SQLite frees the pages above it) and lets the connection go back to the pool.</summary>
    private async Task RestoreCacheAsync(long previous)
    {
        await SqlitePragmas.RunAsync(db.Database.GetDbConnection(), $"PRAGMA cache_size = {previous}");
        await db.Database.CloseConnectionAsync();
    }

    private async Task NotifyCommittedAsync()
    {
        foreach (var listener in listeners)
        {
            await listener.CommittedAsync();
        }
    }

    /// <summary>Drops what the scope holds in memory after a rollback, so nothing unsaved is read back.</summary>
    private void Forget()
    {
        db.ChangeTracker.Clear();
        documents.Forget();
    }
}
