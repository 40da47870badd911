namespace Siec.Cms.Core.Tests.Infrastructure;

public enum DatabaseKind
{
    Sqlite,
    Postgres,
}
