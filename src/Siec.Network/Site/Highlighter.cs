using System.Text;
using Siec.Cms.Core.Display;
using Siec.Cms.Core.Text;

namespace Siec.Network.Site;

/// <summary>Marks the searched words in a text with <c>&lt;mark&gt;</c>, ignoring case and Polish diacritics; the rest is encoded.</summary>
public static class Highlighter
{
    public static string Highlight(string text, IReadOnlyList<string> words)
    {
        // Folding character by character keeps positions, so a match in the folded text marks the same letters.
        var folded = string.Concat(text.Select(c => TextFolding.Fold(c.ToString()) is { Length: 1 } f ? f : "\0"));
        var marked = new bool[text.Length];
        foreach (var word in words.Where(w => w.Length > 0))
        {
            for (var at = folded.IndexOf(word, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                Array.Fill(marked, true, at, word.Length);
            }
        }

        var html = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (marked[i] && (i == 0 || !marked[i - 1]))
            {
                html.Append("<mark>");
            }

            html.Append(ContentDisplay.Encoder.Encode(text[i].ToString()));
            if (marked[i] && (i == text.Length - 1 || !marked[i + 1]))
            {
                html.Append("</mark>");
            }
        }

        return html.ToString();
    }
}
