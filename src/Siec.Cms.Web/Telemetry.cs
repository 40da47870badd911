using Microsoft.AspNetCore.OutputCaching;
using Npgsql;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Siec.Cms.Core;
using Siec.Cms.Core.Cluster;

namespace Siec.Cms.Web;

/// <summary>
/// OpenTelemetry traces and metrics (ASP.NET Core, PostgreSQL, .NET runtime, the site's own meter), exported over
/// OTLP when <c>Cms:Telemetry:OtlpEndpoint</c> is set; without it nothing is collected. Each node reports its name.
/// </summary>
public static class Telemetry
{
    public static void AddSiecTelemetry(this IHostApplicationBuilder builder, CmsOptions options)
    {
        if (builder.Configuration["Cms:Telemetry:OtlpEndpoint"] is not { Length: > 0 } endpoint)
        {
            return;
        }

        // The collector's address with a trailing slash, so its own path (a collector behind a prefix) is kept.
        var collector = new Uri(endpoint.TrimEnd('/') + "/");
        void Otlp(OtlpExporterOptions o, string signal)
        {
            o.Endpoint = new Uri(collector, "v1/" + signal);
            o.Protocol = OtlpExportProtocol.HttpProtobuf;
        }

        var interval = builder.Configuration.GetValue("Cms:Telemetry:MetricSeconds", 60);
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("Siec.Cms", serviceInstanceId: options.NodeName))
            .WithTracing(t => t.AddAspNetCoreInstrumentation().AddNpgsql()
                .AddOtlpExporter(o => Otlp(o, "traces")))
            .WithMetrics(m => m.AddAspNetCoreInstrumentation().AddRuntimeInstrumentation().AddMeter(CmsMetrics.MeterName, "Npgsql")
                .AddOtlpExporter((o, reader) =>
                {
                    Otlp(o, "metrics");
                    reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = interval * 1000;
                }));
    }

    /// <summary>Counts anonymous requests for cacheable pages as hits (answered from the cache, with an Age) or misses.</summary>
    public static void UseOutputCacheMetrics(this WebApplication app)
    {
        var metrics = app.Services.GetRequiredService<CmsMetrics>();
        app.Use(async (context, next) =>
        {
            await next(context);
            if (metrics.CacheObserved)
            {
                Count(context, metrics);
            }
        });
    }

    private static void Count(HttpContext context, CmsMetrics metrics)
    {
        var metadata = context.GetEndpoint()?.Metadata;
        var cacheable = metadata?.GetMetadata<IOutputCachePolicy>() is not null || metadata?.GetMetadata<OutputCacheAttribute>() is not null;
        if (cacheable && context.User.Identity?.IsAuthenticated != true)
        {
            metrics.CachedPage(context.Response.Headers.Age.Count > 0);
        }
    }
}
