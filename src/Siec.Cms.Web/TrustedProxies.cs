using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Siec.Cms.Web;

/// <summary>
/// Behind a reverse proxy or balancer, the client's address and scheme come from X-Forwarded-For and
/// X-Forwarded-Proto, but only when the request comes from a proxy named in <c>Cms:KnownProxies</c> (addresses or
/// networks such as <c>10.0.0.0/8</c>): anyone else could claim any address and slip past the per-address limits.
/// The Host is never taken from a header (links use the configured public address).
/// </summary>
public static class TrustedProxies
{
    public static IApplicationBuilder UseTrustedProxies(this WebApplication app)
    {
        var section = app.Configuration.GetSection("Cms:KnownProxies");
        var proxies = section.Value is { } list ? list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : section.Get<string[]>() ?? [];
        if (proxies.Length == 0)
        {
            return app;
        }

        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto, ForwardLimit = 1 };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in proxies)
        {
            if (proxy.Contains('/'))
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(proxy));
            }
            else
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        }

        return app.UseForwardedHeaders(options);
    }
}
