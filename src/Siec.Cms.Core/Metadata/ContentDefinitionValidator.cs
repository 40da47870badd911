namespace Siec.Cms.Core.Metadata;

/// <summary>Checks a definitions document: every part record named, every field of a known type.</summary>
public static class ContentDefinitionValidator
{
    public static IReadOnlyList<string> Validate(ContentDefinitionDocument document)
    {
        var errors = new List<string>();
        for (var i = 0; i < document.ContentTypes.Count; i++)
        {
            var type = document.ContentTypes[i];
            if (string.IsNullOrWhiteSpace(type.Name))
            {
                errors.Add($"ContentTypes[{i}].Name: typ treści bez nazwy");
                continue;
            }

            for (var j = 0; j < type.Parts.Count; j++)
            {
                var part = type.Parts[j];
                if (string.IsNullOrWhiteSpace(part.PartName))
                {
                    errors.Add($"typ '{type.Name}', ContentTypePartDefinitionRecords[{j}].PartName: brak nazwy części");
                }

                if (string.IsNullOrWhiteSpace(part.Name))
                {
                    part.Name = part.PartName;
                }
            }
        }

        for (var i = 0; i < document.ContentParts.Count; i++)
        {
            var part = document.ContentParts[i];
            if (string.IsNullOrWhiteSpace(part.Name))
            {
                errors.Add($"ContentParts[{i}].Name: część bez nazwy");
                continue;
            }

            for (var j = 0; j < part.Fields.Count; j++)
            {
                var field = part.Fields[j];
                if (string.IsNullOrWhiteSpace(field.Name))
                {
                    errors.Add($"część '{part.Name}', ContentPartFieldDefinitionRecords[{j}].Name: pole bez nazwy");
                }
                else if (!KnownFieldTypes.All.Contains(field.FieldName))
                {
                    errors.Add($"część '{part.Name}', pole '{field.Name}', FieldName: nieznany typ pola '{field.FieldName}'");
                }
            }
        }

        return errors;
    }

    public static void ThrowIfInvalid(ContentDefinitionDocument document)
    {
        var errors = Validate(document);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException(string.Join("; ", errors));
        }
    }
}
