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

    public Task<T> RunAsync<T>(Func<Task<T>> work) => RunAsync(work, commit: true);

    /// <summary>Runs the work in a transaction of its own that is rolled back at the end: a dry run that changes nothing.</summary>
    public Task RunAndRollBackAsync(Func<Task> work)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            throw new InvalidOperationException("A dry run needs a transaction of its own.");
        }

        return RunAsync(async () =>
        {
            await work();
            return true;
        }, commit: false);
    }

    private async Task<T> RunAsync<T>(Func<Task<T>> work, bool commit)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await work();
        }

        var writer = db.Database.IsSqlite() ? SqliteWriters.GetOrAdd(db.Database.GetConnectionString() ?? "", _ => new SemaphoreSlim(1, 1)) : null;
        if (writer is not null)
        {
            await writer.WaitAsync();
        }

        try
        {
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
            writer?.Release();
        }
    }

    public Task RunAsync(Func<Task> work) => RunAsync(async () =>
    {
        await work();
        return true;
    });

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
