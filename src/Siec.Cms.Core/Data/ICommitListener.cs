namespace Siec.Cms.Core.Data;

/// <summary>Told after a transaction that changed the site commits (e.g. to drop cached pages).</summary>
public interface ICommitListener
{
    Task CommittedAsync();
}
