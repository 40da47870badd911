namespace Siec.Network.Common;

/// <summary>Ids the module and its recipes agree on: the taxonomies its fields point to.</summary>
public static class NetworkIds
{
    /// <summary>The ThematicArea taxonomy (alias <c>obszary-tematyczne</c>) created by the network recipes.</summary>
    public const string ThematicAreasTaxonomy = "4mscndvvz1sp8wbydg158fegtt";

    /// <summary>The blog tags taxonomy (alias <c>tagi</c>).</summary>
    public const string TagsTaxonomy = "4sp5bj2yrh261cd6fkn9a6depc";

    /// <summary>The path of the "About the network" page the recipes create.</summary>
    public const string AboutPath = "o-sieci";
}
