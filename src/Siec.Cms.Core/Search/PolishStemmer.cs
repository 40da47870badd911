using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Hunspell;
using Lucene.Net.Analysis.TokenAttributes;
using Siec.Cms.Core.Text;

namespace Siec.Cms.Core.Search;

/// <summary>
/// The dictionary forms (stems) of a folded Polish word, from the SJP.PL Hunspell dictionary read by Lucene.Net's
/// Hunspell stemmer. The dictionary's words and affix strings are folded as they load, the way the index folds text,
/// so a word typed without diacritics ("szkol") finds the same stems as the word written with them ("szkół").
/// A word the dictionary does not know has no stems; the index then matches it by its folded form.
/// </summary>
public sealed class PolishStemmer
{
    private const int CacheLimit = 200_000;

    private readonly Lazy<Dictionary> dictionary = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly ConcurrentDictionary<string, string[]> cache = new(StringComparer.Ordinal);

    /// <summary>Loads the dictionary (about two seconds of one core) off the request path.</summary>
    public void WarmUp() => _ = Task.Run(() => dictionary.Value);

    /// <summary>Stems of one folded word, without the word itself unless it is its own dictionary form.</summary>
    public IReadOnlyList<string> Stems(string foldedWord)
    {
        if (cache.TryGetValue(foldedWord, out var known))
        {
            return known;
        }

        var stems = foldedWord.Length < 2 || foldedWord.All(char.IsDigit) ? [] : Compute(foldedWord);
        if (cache.Count >= CacheLimit)
        {
            cache.Clear();
        }

        cache[foldedWord] = stems;
        return stems;
    }

    private string[] Compute(string word)
    {
        using var stream = new HunspellStemFilter(new KeywordTokenizer(new StringReader(word)), dictionary.Value, dedup: true, longestOnly: false);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var stems = new List<string>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            // Only stems the index can hold as one word (the dictionary has a few with hyphens or dots).
            var stem = term.ToString();
            if (stem.All(char.IsLetterOrDigit))
            {
                stems.Add(stem);
            }
        }

        stream.End();
        return [.. stems.Distinct()];
    }

    private static Dictionary Load()
    {
        var latin2 = CodePagesEncodingProvider.Instance.GetEncoding("iso-8859-2")!;
        using var affix = new MemoryStream(Encoding.UTF8.GetBytes(FoldAffixes(ReadLines("pl_PL.aff.gz", latin2))));
        using var words = new MemoryStream(Encoding.UTF8.GetBytes(FoldWords(ReadLines("pl_PL.dic.gz", latin2))));
        return new Dictionary(affix, words);
    }

    private static IEnumerable<string> ReadLines(string name, Encoding encoding)
    {
        using var resource = typeof(PolishStemmer).Assembly.GetManifestResourceStream($"Siec.Cms.Core.Search.{name}")
            ?? throw new InvalidOperationException($"The dictionary resource {name} is missing from the build.");
        using var reader = new StreamReader(new GZipStream(resource, CompressionMode.Decompress), encoding);
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }

    /// <summary>Folds the strip, add and condition of every affix rule (never the flags); the text is then UTF-8.</summary>
    private static string FoldAffixes(IEnumerable<string> lines)
    {
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (line.StartsWith("SET ", StringComparison.Ordinal))
            {
                text.Append("SET UTF-8\n");
            }
            else if (fields is ["SFX" or "PFX", _, _, _, _, ..])
            {
                fields[2] = TextFolding.Fold(fields[2]);
                fields[3] = FoldBeforeFlags(fields[3]);
                fields[4] = TextFolding.Fold(fields[4]);
                text.AppendJoin(' ', fields).Append('\n');
            }
            else
            {
                text.Append(line).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string FoldWords(IEnumerable<string> lines)
    {
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            text.Append(FoldBeforeFlags(line)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Folds <c>word/FLAGS</c> up to the slash: flags are letters whose case matters.</summary>
    private static string FoldBeforeFlags(string entry) =>
        entry.IndexOf('/') is var slash and >= 0 ? TextFolding.Fold(entry[..slash]) + entry[slash..] : TextFolding.Fold(entry);
}
