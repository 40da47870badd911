using Siec.Cms.Core.Metadata;

namespace Siec.Cms.Core.ContentManagement.Handlers;

/// <summary>Collects the rules an item breaks, each naming the property at fault.</summary>
public sealed class ValidateContentContext(ContentItem contentItem, ContentTypeDefinition definition, bool importing)
    : ContentContext(contentItem, definition, importing)
{
    private readonly List<ContentValidationError> _errors = [];

    public IReadOnlyList<ContentValidationError> Errors => _errors;

    public void Fail(string property, string message) => _errors.Add(new ContentValidationError(property, message));
}
