namespace Siec.Cms.Core.Recipes;

/// <summary>Where a recipe went wrong: the step (index from 1 and name), the item or type, the property, and what is wrong.</summary>
public sealed record RecipeError(int? StepIndex, string? StepName, string? Item, string? Property, string Message)
{
    public override string ToString()
    {
        var place = new List<string>();
        if (StepIndex is not null)
        {
            place.Add($"krok {StepIndex} ({StepName ?? "bez nazwy"})");
        }

        if (Item is not null)
        {
            place.Add(Item);
        }

        if (Property is not null)
        {
            place.Add($"właściwość {Property}");
        }

        return place.Count == 0 ? Message : $"{string.Join(", ", place)}: {Message}";
    }
}
