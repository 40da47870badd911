using Microsoft.Extensions.DependencyInjection;
using Siec.Cms.Core;

namespace Siec.Network;

/// <summary>The network module's startup: its content types, rules and feature id.</summary>
public static class NetworkServiceCollectionExtensions
{
    public const string FeatureId = "Siec.Network";

    public static IServiceCollection AddSiecNetwork(this IServiceCollection services)
    {
        services.AddFeature(FeatureId);
        services.AddFeature("Siec.Theme");
        return services;
    }
}
