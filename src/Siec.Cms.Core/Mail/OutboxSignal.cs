using System.Collections.Concurrent;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Tenancy;

namespace Siec.Cms.Core.Mail;

/// <summary>
/// Wakes the <see cref="OutboxSender"/> after a commit, so mail goes out at once rather than at the next poll, and says
/// which networks committed: the sender then looks only at their outboxes, not at every network's.
/// </summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);
    private readonly ConcurrentDictionary<string, byte> _woken = new(StringComparer.Ordinal);

    public void Wake(string tenant)
    {
        _woken[tenant] = 0;
        if (_signal.CurrentCount == 0)
        {
            try
            {
                _signal.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already woken by another commit.
            }
        }
    }

    /// <summary>The networks that committed since the last call, once one has; an empty set when the time ran out.</summary>
    public async Task<IReadOnlySet<string>> WaitAsync(TimeSpan timeout, CancellationToken cancellation)
    {
        await _signal.WaitAsync(timeout, cancellation);
        var woken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in _woken.Keys)
        {
            if (_woken.TryRemove(name, out _))
            {
                woken.Add(name);
            }
        }

        return woken;
    }

    /// <summary>The commit listener that wakes the sender.</summary>
    public sealed class OnCommit(OutboxSignal signal, CurrentTenant tenant) : ICommitListener
    {
        public Task CommittedAsync()
        {
            signal.Wake(tenant.Name);
            return Task.CompletedTask;
        }
    }
}
