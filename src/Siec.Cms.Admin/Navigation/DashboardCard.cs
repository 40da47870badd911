namespace Siec.Cms.Admin.Navigation;

/// <param name="Empty">What the card says when it has no lines.</param>
public sealed record DashboardCard(string Title, IReadOnlyList<DashboardLine> Lines, string Empty);

/// <summary>A line: "<paramref name="Prefix"/> <a>Text</a> <paramref name="Suffix"/>".</summary>
public sealed record DashboardLine(string Prefix, string Text, string Url, string Suffix);
