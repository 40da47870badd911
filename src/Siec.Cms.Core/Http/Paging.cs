namespace Siec.Cms.Core.Http;

/// <summary>Page numbers read from an address (<c>?strona=N</c>), kept in range.</summary>
public static class Paging
{
    /// <summary>The highest page read: a huge number must not overflow an offset (a 500 on PostgreSQL).</summary>
    public const int MaxPage = 10_000;

    public static int Clamp(int page) => Math.Clamp(page, 1, MaxPage);
}
