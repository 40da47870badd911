using System.Globalization;
using System.Text;

namespace Siec.Cms.Core.Text;

/// <summary>Lower-cases and strips diacritics, including ł, which has no Unicode decomposition (so FTS5 keeps it).</summary>
public static class TextFolding
{
    public static string Fold(string text)
    {
        var decomposed = text.Replace('ł', 'l').Replace('Ł', 'L').Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Whether every word of <paramref name="query"/> is in <paramref name="text"/>, both folded: "lodz" finds "Łódź".</summary>
    public static bool ContainsAllWords(string text, string? query)
    {
        var folded = Fold(text);
        return Fold(query ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => folded.Contains(w, StringComparison.Ordinal));
    }
}
