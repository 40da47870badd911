using System.Text.RegularExpressions;
using Siec.Cms.Core.Text;

namespace Siec.Cms.Core.Search;

/// <summary>
/// One searched word, folded, and its dictionary forms. A word the dictionary knows matches any word sharing one of
/// them; a word it does not know (a name, a word still being typed) matches every word it begins.
/// </summary>
public sealed record SearchTerm(string Word, IReadOnlyList<string> Stems)
{
    public bool IsPrefix => Stems.Count == 0;

    /// <summary>The term as a tsquery or FTS5 operand of the written-words columns.</summary>
    public string Written(string prefixMark) => IsPrefix ? Word + prefixMark : Word;
}

/// <summary>
/// What a reader typed, parsed once for both databases and the highlighter: words outside quotes must each appear in
/// some form; words inside <c>"…"</c> must appear as written (diacritics and case aside), next to each other.
/// </summary>
public sealed partial class SearchQuery
{
    private SearchQuery(IReadOnlyList<SearchTerm> terms, IReadOnlyList<IReadOnlyList<string>> phrases)
    {
        Terms = terms;
        Phrases = phrases;
    }

    public IReadOnlyList<SearchTerm> Terms { get; }

    public IReadOnlyList<IReadOnlyList<string>> Phrases { get; }

    public bool IsEmpty => Terms.Count == 0 && Phrases.Count == 0;

    public static SearchQuery Parse(string text, PolishStemmer stemmer)
    {
        var terms = new List<SearchTerm>();
        var phrases = new List<IReadOnlyList<string>>();
        // Text after an unmatched quote is a phrase too, as a reader who forgot the closing quote means.
        foreach (Match part in QuotedOrNot().Matches(text))
        {
            var words = SearchText.Words(part.Groups["phrase"].Success ? part.Groups["phrase"].Value : part.Value);
            if (part.Groups["phrase"].Success && words.Count > 1)
            {
                phrases.Add(words);
            }
            else
            {
                terms.AddRange(words.Select(w => new SearchTerm(w, stemmer.Stems(w))));
            }
        }

        return new SearchQuery(terms.DistinctBy(t => t.Word).ToList(), phrases);
    }

    /// <summary>Whether a word of a result (folded) is one a term found, in any of its forms: for the highlighter.</summary>
    public bool Matches(string foldedWord, PolishStemmer stemmer) =>
        Terms.Any(t => t.IsPrefix ? foldedWord.StartsWith(t.Word, StringComparison.Ordinal) : foldedWord == t.Word)
        || (Terms.Any(t => !t.IsPrefix) && stemmer.Stems(foldedWord).Any(s => Terms.Any(t => t.Stems.Contains(s))));

    [GeneratedRegex("\"(?<phrase>[^\"]*)(\"|$)|[^\"]+")]
    private static partial Regex QuotedOrNot();
}
