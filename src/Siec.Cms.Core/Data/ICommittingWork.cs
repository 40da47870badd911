namespace Siec.Cms.Core.Data;

/// <summary>Work put off until a transaction is about to commit, done inside it (e.g. the list index after an import).</summary>
public interface ICommittingWork
{
    Task CommittingAsync();
}
