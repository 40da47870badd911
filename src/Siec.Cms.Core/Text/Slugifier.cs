using System.Text;

namespace Siec.Cms.Core.Text;

/// <summary>Turns a Polish title into a URL slug: <c>Współpraca ze środowiskiem</c> becomes <c>wspolpraca-ze-srodowiskiem</c>.</summary>
public static class Slugifier
{
    public static string Slugify(string? text)
    {
        var folded = TextFolding.Fold(text ?? "");
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().Trim('-');
    }
}
