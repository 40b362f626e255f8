using System.Net;
using System.Net.Sockets;
using Hub.Embedded;
using Hub.Testing;

namespace Hub.IntegrationTests.Infrastructure;

/// <summary>The embedded hub with everything it keeps (database, signing and master keys) under one folder of its own.</summary>
public static class EmbeddedHub
{
    /// <summary>Starts a hub whose files live in <paramref name="dataFolder"/>; extra arguments are added last.</summary>
    /// <remarks>
    /// Built inside Task.Run: MassTransit keeps its log context in an AsyncLocal that building the bus sets, so a test that
    /// starts hubs one after another would otherwise hand the first (disposed) hub's logger factory to the next.
    /// </remarks>
    public static Task<RunningApp> StartAsync(string dataFolder, params string[] arguments) => Task.Run(() => RunningApp.StartAsync(EmbeddedHost.Build(
    [
        "--urls", "http://127.0.0.1:0",
        "--Logging:LogLevel:Default=Warning",
        $"--Database:ConnectionString=Data Source={Path.Combine(dataFolder, "hub.db")}",
        $"--Signing:KeyFolder={Path.Combine(dataFolder, "signing")}",
        $"--Protection:KeyFolder={Path.Combine(dataFolder, "protection")}",
        $"--Simulators:Url=http://127.0.0.1:{FreePort()}",
        "--Simulators:LatencyMs=0",
        .. arguments,
    ])));

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
