using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hub.IntegrationTests.Infrastructure;

/// <summary>
/// A stand-in OpenTelemetry collector on loopback: it keeps every export it is sent (path and protobuf body)
/// and answers success, over OTLP/HTTP (HTTP/1.1) or OTLP/gRPC (HTTP/2 without TLS).
/// </summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly ConcurrentQueue<(string Path, byte[] Body)> exports = new();
    private readonly WebApplication app;

    private OtlpReceiver(WebApplication app) => this.app = app;

    public Uri Address { get; private set; } = null!;

    public IReadOnlyList<(string Path, byte[] Body)> Exports => [.. exports];

    public static async Task<OtlpReceiver> StartAsync(bool grpc)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var port = FreePort();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port, o => o.Protocols = grpc ? HttpProtocols.Http2 : HttpProtocols.Http1));
        var receiver = new OtlpReceiver(builder.Build()) { Address = new Uri($"http://127.0.0.1:{port}") };
        receiver.app.Run(async http =>
        {
            using var body = new MemoryStream();
            await http.Request.Body.CopyToAsync(body);
            receiver.exports.Enqueue((http.Request.Path, body.ToArray()));
            if (!grpc)
            {
                http.Response.ContentType = "application/x-protobuf";
                return;
            }
            // An empty Export…ServiceResponse in gRPC framing: no compression, length 0.
            http.Response.ContentType = "application/grpc";
            await http.Response.Body.WriteAsync(new byte[5]);
            http.Response.AppendTrailer("grpc-status", "0");
        });
        await receiver.app.StartAsync();
        return receiver;
    }

    /// <summary>Whether any export to a path ending in <paramref name="pathEnd"/> holds <paramref name="text"/> (UTF-8).</summary>
    public bool Holds(string pathEnd, string text)
    {
        var needle = System.Text.Encoding.UTF8.GetBytes(text);
        return Exports.Any(e => e.Path.EndsWith(pathEnd, StringComparison.Ordinal) && e.Body.AsSpan().IndexOf(needle) >= 0);
    }

    /// <summary>Whether any export at all holds <paramref name="text"/> (UTF-8).</summary>
    public bool AnyHolds(string text)
    {
        var needle = System.Text.Encoding.UTF8.GetBytes(text);
        return Exports.Any(e => e.Body.AsSpan().IndexOf(needle) >= 0);
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
