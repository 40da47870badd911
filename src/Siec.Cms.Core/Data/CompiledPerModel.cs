using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace Siec.Cms.Core.Data;

/// <summary>
/// A query compiled once for each context type it runs on: a compiled query is bound to one model, and SQLite's and
/// PostgreSQL's contexts have their own (a host may hold both, as the tests do).
/// </summary>
public sealed class CompiledPerModel<TQuery>(Func<TQuery> compile) where TQuery : class
{
    private readonly ConcurrentDictionary<Type, TQuery> _compiled = new();

    public TQuery For(DbContext db) => _compiled.GetOrAdd(db.GetType(), _ => compile());
}
