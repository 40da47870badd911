using System.Net;
using System.Net.Sockets;

namespace Siec.Cms.Web.Tests.Infrastructure;

/// <summary>A loopback port nothing listens on, for a server a test starts.</summary>
public static class LoopbackPort
{
    public static int Free()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
