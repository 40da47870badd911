using Microsoft.AspNetCore.OutputCaching;
using Siec.Cms.Core.Caching;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Tenancy;

namespace Siec.Cms.Web;

/// <summary>
/// When a change to the site commits, drops the cached reader pages that may show it (<see cref="ChangedSections"/>),
/// so readers never see an old version and a forum reply leaves the blog cached.
/// </summary>
public sealed class OutputCacheInvalidator(IOutputCacheStore store, ChangedSections changed, CurrentTenant tenant) : ICommitListener
{
    public async Task CommittedAsync()
    {
        foreach (var tag in changed.TakeTags())
        {
            await store.EvictByTagAsync(CacheSections.OfTenant(tenant.Name, tag), CancellationToken.None);
        }
    }
}

/// <summary>Tags a cached page that named no section, so that every change evicts it; makes every tag its network's.</summary>
public sealed class UnsectionedPagePolicy : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var tags = CacheSections.StoredTags(context.Tags, context.HttpContext.RequestServices.GetRequiredService<CurrentTenant>().Name);
        context.Tags.Clear();
        context.Tags.UnionWith(tags);
        return ValueTask.CompletedTask;
    }
}
