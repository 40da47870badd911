namespace Siec.Cms.Admin.Editors.Fields;

/// <summary>What a picker's form posted, checked against what it offered (an id sent by the browser is never trusted).</summary>
public static class Picked
{
    /// <returns>The chosen values, or null (with the field's error set) when one was not offered or too many were sent.</returns>
    public static List<string>? From(EditorField field, EditorUpdateContext context)
    {
        var chosen = context.Form[field.Name].Where(v => !string.IsNullOrEmpty(v)).Select(v => v!).Distinct().ToList();
        if (chosen.Any(v => field.Options.All(o => o.Value != v)) || (!field.Multiple && chosen.Count > 1))
        {
            context.Fail(field, "Wybierz spośród podanych pozycji.");
            return null;
        }

        return chosen;
    }
}
