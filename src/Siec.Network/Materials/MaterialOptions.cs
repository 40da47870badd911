namespace Siec.Network.Materials;

/// <summary>The <c>Cms:Materials</c> section: members sharing their own materials.</summary>
public sealed class MaterialOptions
{
    /// <summary>
    /// How many of a member's materials wait for the coordinator before the member's materials appear at once (for
    /// members whose role may publish their own materials at all). Unset: every material waits; 0: none does.
    /// </summary>
    public int MaterialsAwaitingApproval { get; set; } = int.MaxValue;

    /// <summary>Materials (new or edited) a member may send per minute.</summary>
    public int MaterialsPerMinute { get; set; } = 10;
}
