using Microsoft.EntityFrameworkCore;

namespace Siec.Cms.Core.Data;

/// <summary>Runs work in the scope's transaction, starting one when none is open; a failure rolls everything back.</summary>
public sealed class Transactions(CmsDbContext db, DocumentStore documents, IEnumerable<ICommitListener> listeners)
{
    public async Task<T> RunAsync<T>(Func<Task<T>> work)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await work();
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        try
        {
            var result = await work();
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

    public Task RunAsync(Func<Task> work) => RunAsync(async () =>
    {
        await work();
        return true;
    });

    public async Task NotifyCommittedAsync()
    {
        foreach (var listener in listeners)
        {
            await listener.CommittedAsync();
        }
    }

    /// <summary>Drops what the scope holds in memory after a rollback, so nothing unsaved is read back.</summary>
    public void Forget()
    {
        db.ChangeTracker.Clear();
        documents.Forget();
    }
}
