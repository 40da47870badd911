namespace Siec.Network.Materials;

/// <summary>The Creative Commons licences a material can carry; CC BY 4.0 unless the author chooses another.</summary>
public static class Licences
{
    public const string Default = "CC BY 4.0";

    public static readonly IReadOnlyList<string> All =
        ["CC BY 4.0", "CC BY-SA 4.0", "CC BY-ND 4.0", "CC BY-NC 4.0", "CC BY-NC-SA 4.0", "CC BY-NC-ND 4.0", "CC0 1.0"];
}
