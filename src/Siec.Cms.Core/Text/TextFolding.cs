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
}
