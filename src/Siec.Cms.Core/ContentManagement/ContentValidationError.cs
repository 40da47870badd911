namespace Siec.Cms.Core.ContentManagement;

/// <summary>One problem with a content item: the property at fault (e.g. <c>AutoroutePart.Path</c>) and a Polish message.</summary>
public sealed record ContentValidationError(string Property, string Message);
