using System.Net;
using System.Net.Sockets;
using Hub.Embedded;
using Hub.Core.Persistence;
using Hub.IntegrationTests.Infrastructure;
using Hub.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.IntegrationTests.Embedded;

/// <summary>One embedded hub (SQLite file in a temporary folder, in-memory bus, simulators in-process) shared by a test class.</summary>
public sealed class SharedEmbeddedHub : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("hub-embedded-").FullName;

    public RunningApp Api { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var simulatorUrl = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";
        listener.Stop();
        Api = await RunningApp.StartAsync(EmbeddedHost.Build(
        [
            "--urls", "http://127.0.0.1:0",
            "--Logging:LogLevel:Default=Warning",
            $"--Database:ConnectionString=Data Source={Path.Combine(folder, "hub.db")}",
            $"--Simulators:Url={simulatorUrl}",
        ]));
    }

    public HubClient Client(string apiKey = "demo-caller-key") => new(Api.Address, apiKey);

    public async Task<int> CountVerificationsAsync()
    {
        await using var scope = Api.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HubDbContext>().Verifications.CountAsync();
    }

    public async Task DisposeAsync()
    {
        await Api.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }
}
