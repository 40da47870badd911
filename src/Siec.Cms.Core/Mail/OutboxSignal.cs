using Siec.Cms.Core.Data;

namespace Siec.Cms.Core.Mail;

/// <summary>Wakes the <see cref="OutboxSender"/> after a commit, so mail goes out at once rather than at the next poll.</summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Wake()
    {
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

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellation) => _signal.WaitAsync(timeout, cancellation);

    /// <summary>The commit listener that wakes the sender.</summary>
    public sealed class OnCommit(OutboxSignal signal) : ICommitListener
    {
        public Task CommittedAsync()
        {
            signal.Wake();
            return Task.CompletedTask;
        }
    }
}
