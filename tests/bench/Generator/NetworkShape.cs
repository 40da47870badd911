namespace Siec.Bench.Generator;

/// <summary>
/// How many items of each type a generated network has: the proportions of a network after a few years (2 % posts,
/// 20 % topics, 3 % materials, 0.3 % workshops, the rest replies, one topic with a fortieth of them).
/// </summary>
public sealed record NetworkShape(int Items)
{
    public int Posts => Math.Max(1, Items / 50);

    public int Topics => Math.Max(1, Items / 5);

    public int Materials => Math.Max(1, Items * 3 / 100);

    public int Workshops => Math.Max(1, Items * 3 / 1000);

    public int Replies => Items - Posts - Topics - Materials - Workshops;

    /// <summary>The replies of the one long topic (<c>forum/sprawy-ogolne/dluga-dyskusja</c>).</summary>
    public int LongTopicReplies => Math.Max(1, Replies / 40);
}
