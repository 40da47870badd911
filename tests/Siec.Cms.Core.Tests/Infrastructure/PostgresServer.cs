namespace Siec.Cms.Core.Tests.Infrastructure;

/// <summary>The throw-away PostgreSQL server tests/run-all.sh starts; its absence is a failure, never a skip.</summary>
public static class PostgresServer
{
    public static string ConnectionString =>
        Environment.GetEnvironmentVariable("CMS_PG") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                "CMS_PG is not set: run the tests with tests/run-all.sh, which installs and starts PostgreSQL on a free loopback port.");
}
