using System.Text.Json.Nodes;
using Siec.Cms.Core.ContentManagement;

namespace Siec.Cms.Admin.Editors;

/// <summary>
/// What changed between two versions of an item: every value (title, body, each field) that differs, as a line
/// diff of the older and the newer text.
/// </summary>
public static class VersionDiff
{
    public sealed record Line(char Kind, string Text);

    public sealed record Change(string Property, IReadOnlyList<Line> Lines);

    public static IReadOnlyList<Change> Compare(ContentItem older, ContentItem newer)
    {
        var before = Flatten(older);
        var after = Flatten(newer);
        return before.Keys.Union(after.Keys)
            .Where(k => before.GetValueOrDefault(k, "") != after.GetValueOrDefault(k, ""))
            .Select(k => new Change(k, Lines(before.GetValueOrDefault(k, ""), after.GetValueOrDefault(k, ""))))
            .ToList();
    }

    private static Dictionary<string, string> Flatten(ContentItem item)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal) { ["DisplayText"] = item.DisplayText ?? "" };
        foreach (var (name, node) in item.Content)
        {
            Add(values, name, node);
        }

        return values;
    }

    private static void Add(Dictionary<string, string> values, string path, JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    Add(values, $"{path}.{name}", child);
                }

                break;
            case JsonArray array:
                values[path] = string.Join('\n', array.Select(e => e is JsonValue v && v.TryGetValue<string>(out var s) ? s : e?.ToJsonString() ?? ""));
                break;
            case JsonValue value:
                values[path] = value.TryGetValue<string>(out var text) ? text : value.ToJsonString();
                break;
        }
    }

    /// <summary>A line diff by longest common subsequence: kept lines once, removed with '-', added with '+'.</summary>
    private static List<Line> Lines(string before, string after)
    {
        var a = before.Length == 0 ? [] : before.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var b = after.Length == 0 ? [] : after.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var common = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                common[i, j] = a[i] == b[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var lines = new List<Line>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                lines.Add(new Line(' ', a[x++]));
                y++;
            }
            else if (y < b.Length && (x == a.Length || common[x, y + 1] >= common[x + 1, y]))
            {
                lines.Add(new Line('+', b[y++]));
            }
            else
            {
                lines.Add(new Line('-', a[x++]));
            }
        }

        return lines;
    }
}
