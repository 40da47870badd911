using System.Text.RegularExpressions;

namespace Siec.Cms.Core.Display.Templates;

/// <summary>
/// Orchard's shape names and the theme's file names for the same template: <c>Content_Summary__BlogPost</c> is
/// <c>Content-BlogPost.Summary.liquid</c> (an alternate after <c>__</c> becomes <c>-</c>, a display type after <c>_</c>
/// moves to the end after a dot), <c>HttpError__NotFound</c> is <c>HttpError-NotFound.liquid</c>.
/// </summary>
public static partial class TemplateNames
{
    /// <summary>Letters, digits and underscores only: a stored name never reaches a path, and nothing else names a shape.</summary>
    public static bool IsValid(string? shapeName) => shapeName is { Length: > 0 and <= 200 } && ShapeName().IsMatch(shapeName);

    /// <summary>The theme file name (without <c>.liquid</c>) of a valid shape name.</summary>
    public static string ToViewName(string shapeName)
    {
        var parts = shapeName.Split("__");
        var head = parts[0];
        var split = head.IndexOf('_', 1);
        var (type, display) = split > 0 ? (head[..split], head[(split + 1)..]) : (head, null);
        var view = string.Join('-', [type, .. parts[1..]]);
        return display is null ? view : $"{view}.{display}";
    }

    /// <summary>The shape name of a theme file name (without <c>.liquid</c>): the inverse of <see cref="ToViewName"/>.</summary>
    public static string ToShapeName(string viewName)
    {
        var dot = viewName.IndexOf('.');
        var (view, display) = dot > 0 ? (viewName[..dot], viewName[(dot + 1)..]) : (viewName, null);
        var parts = view.Split('-');
        return parts[0] + (display is null ? "" : "_" + display) + string.Concat(parts[1..].Select(p => "__" + p));
    }

    [GeneratedRegex("^[A-Za-z0-9_]+$")]
    private static partial Regex ShapeName();
}
