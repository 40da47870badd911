namespace Siec.Cms.Core.ContentManagement;

/// <summary>
/// Published items of a type chosen by one DateTimeField and ordered by another of the same part, read from the
/// DateTimeField index: e.g. workshops whose End is still ahead, soonest Start first.
/// </summary>
/// <param name="OnOrAfter">True: the filter field is on or after <paramref name="Bound"/>; false: before it, or empty.</param>
public sealed record DateFieldQuery(
    string ContentType, string Part, string FilterField, DateTime Bound, bool OnOrAfter, string OrderField, bool Ascending);
