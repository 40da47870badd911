using Siec.Cms.Core.ContentManagement;

namespace Siec.Cms.Admin.Editors;

/// <summary>One item inside a BagPart as the editor shows it: its own generated fields, prefixed with its place.</summary>
public sealed record BagEntry(int Index, ContentItem Item, string TypeName, bool IsNew, IReadOnlyList<EditorField> Fields);
