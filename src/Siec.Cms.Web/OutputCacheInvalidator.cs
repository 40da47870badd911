using Microsoft.AspNetCore.OutputCaching;
using Siec.Cms.Core.Data;

namespace Siec.Cms.Web;

/// <summary>Drops every cached reader page when a change to the site commits, so readers never see an old version.</summary>
public sealed class OutputCacheInvalidator(IOutputCacheStore store) : ICommitListener
{
    public const string Tag = "content";

    public async Task CommittedAsync() => await store.EvictByTagAsync(Tag, CancellationToken.None);
}
