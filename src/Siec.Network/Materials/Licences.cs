namespace Siec.Network.Materials;

/// <summary>The Creative Commons licences a material can carry; CC BY 4.0 unless the author chooses another.</summary>
public static class Licences
{
    public const string Default = "CC BY 4.0";

    public static readonly IReadOnlyList<string> All =
        ["CC BY 4.0", "CC BY-SA 4.0", "CC BY-ND 4.0", "CC BY-NC 4.0", "CC BY-NC-SA 4.0", "CC BY-NC-ND 4.0", "CC0 1.0"];

    /// <summary>One line on what each licence lets others do, as the member chooses.</summary>
    public static readonly IReadOnlyDictionary<string, string> Explanations = new Dictionary<string, string>
    {
        ["CC BY 4.0"] = "Każdy może korzystać, zmieniać i rozpowszechniać, także komercyjnie, podając autora.",
        ["CC BY-SA 4.0"] = "Jak CC BY, ale zmienione wersje muszą mieć tę samą licencję.",
        ["CC BY-ND 4.0"] = "Można rozpowszechniać z podaniem autora, ale bez zmian.",
        ["CC BY-NC 4.0"] = "Można korzystać i zmieniać z podaniem autora, ale nie komercyjnie.",
        ["CC BY-NC-SA 4.0"] = "Niekomercyjnie, z podaniem autora, zmiany na tej samej licencji.",
        ["CC BY-NC-ND 4.0"] = "Tylko niekomercyjne rozpowszechnianie bez zmian, z podaniem autora.",
        ["CC0 1.0"] = "Przekazanie do domeny publicznej: bez żadnych warunków.",
    };
}
