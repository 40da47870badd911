using System.Text;
using System.Text.RegularExpressions;
using Siec.Cms.Core.Display;
using Siec.Cms.Core.Search;
using Siec.Cms.Core.Text;

namespace Siec.Network.Site;

/// <summary>
/// Marks with <c>&lt;mark&gt;</c> every word of a text the query found, in whatever form it has there (case,
/// diacritics and inflection aside); the rest is encoded.
/// </summary>
public sealed partial class Highlighter(SearchQuery query, PolishStemmer stemmer)
{
    public string Highlight(string text)
    {
        var html = new StringBuilder();
        var at = 0;
        foreach (var word in Found(text))
        {
            html.Append(ContentDisplay.Encoder.Encode(text[at..word.Index]))
                .Append("<mark>").Append(ContentDisplay.Encoder.Encode(word.Value)).Append("</mark>");
            at = word.Index + word.Length;
        }

        return html.Append(ContentDisplay.Encoder.Encode(text[at..])).ToString();
    }

    /// <summary>Where the first found word starts, or 0.</summary>
    public int FirstMatch(string text) => Found(text).FirstOrDefault()?.Index ?? 0;

    /// <summary>Words the query's terms found, and the words of each phrase where they stand in a row.</summary>
    private IEnumerable<Match> Found(string text)
    {
        var words = Word().Matches(text).ToList();
        var folded = words.Select(w => TextFolding.Fold(w.Value)).ToList();
        var marked = folded.Select(w => query.Matches(w, stemmer)).ToArray();
        foreach (var phrase in query.Phrases)
        {
            for (var i = 0; i + phrase.Count <= folded.Count; i++)
            {
                if (folded.Skip(i).Take(phrase.Count).SequenceEqual(phrase))
                {
                    Array.Fill(marked, true, i, phrase.Count);
                }
            }
        }

        return words.Where((_, i) => marked[i]);
    }

    [GeneratedRegex(@"[\p{L}\p{Nd}]+")]
    private static partial Regex Word();
}
