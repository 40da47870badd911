namespace Siec.Network.Materials;

/// <summary>The forms a self-learning material takes.</summary>
public static class MaterialFormats
{
    public static readonly IReadOnlyList<string> All = ["artykuł", "prezentacja", "scenariusz zajęć", "poradnik", "nagranie", "link"];
}
