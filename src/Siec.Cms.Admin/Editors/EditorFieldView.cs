namespace Siec.Cms.Admin.Editors;

/// <summary>What one input's partial view renders: the input, its error, and how to find the errors of inputs it holds.</summary>
public sealed record EditorFieldView(EditorField Field, string? Error, Func<EditorField, string?> ErrorFor)
{
    /// <summary>The ids of the hint and the error, for <c>aria-describedby</c>; null when there are none.</summary>
    public string? DescribedBy
    {
        get
        {
            var ids = string.Join(' ', new[] { Field.Hint is null ? null : Field.Id + "-hint", Error is null ? null : Field.Id + "-error" }.Where(x => x is not null));
            return ids.Length > 0 ? ids : null;
        }
    }

    public string? Invalid => Error is null ? null : "true";
}
