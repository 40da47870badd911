using Siec.Cms.Core.ContentManagement;

namespace Siec.Network.Site;

/// <summary>Asks the rules registered for an item's type whether readers may see it.</summary>
public static class ReaderVisibility
{
    /// <summary>Whether any rule hides the item from readers.</summary>
    public static async Task<bool> IsHiddenAsync(IEnumerable<IReaderVisibility> rules, ContentItem item)
    {
        foreach (var rule in rules.Where(r => r.Types.Contains(item.ContentType)))
        {
            if (await rule.IsHiddenAsync(item))
            {
                return true;
            }
        }

        return false;
    }
}
