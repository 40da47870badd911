namespace Siec.Cms.Core.ContentManagement;

/// <summary>Typed access to the parts nearly every type has, in Orchard Core's JSON shape.</summary>
public static class CommonPartsExtensions
{
    extension(ContentItem item)
    {
        /// <summary><c>TitlePart.Title</c>.</summary>
        public string? Title
        {
            get => item.Part("TitlePart")?["Title"]?.GetValue<string>();
            set => item.GetOrCreatePart("TitlePart")["Title"] = value;
        }

        /// <summary><c>ContainedPart.ListContentItemId</c>: the list (blog, forum, category, topic) the item belongs to.</summary>
        public string? ContainerId
        {
            get => item.Part("ContainedPart")?["ListContentItemId"]?.GetValue<string>();
            set => item.GetOrCreatePart("ContainedPart")["ListContentItemId"] = value;
        }

        /// <summary><c>ContainedPart.ListContentType</c>.</summary>
        public string? ContainerType
        {
            get => item.Part("ContainedPart")?["ListContentType"]?.GetValue<string>();
            set => item.GetOrCreatePart("ContainedPart")["ListContentType"] = value;
        }

        /// <summary><c>AutoroutePart.Path</c>, without the leading slash (see <see cref="ContentItem.Url"/>).</summary>
        public string? RoutePath => item.Part("AutoroutePart")?["Path"]?.GetValue<string>();
    }
}
