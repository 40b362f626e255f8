using System.Text.Json;
using System.Net.Sockets;
using Hub.Embedded;
using Hub.IntegrationTests.Infrastructure;
using Hub.Testing;

namespace Hub.IntegrationTests.Embedded;

/// <summary>The newcomer's default: one process, SQLite file, in-memory bus, simulators in-process, demo keys.</summary>
public sealed class When_running_embedded : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("hub-embedded-").FullName;
    private RunningApp api = null!;

    public async Task InitializeAsync()
    {
        var simulatorUrl = $"http://127.0.0.1:{FreePort()}";
        api = await RunningApp.StartAsync(EmbeddedHost.Build(
        [
            "--urls", "http://127.0.0.1:0",
            "--Logging:LogLevel:Default=Warning",
            $"--Database:ConnectionString=Data Source={Path.Combine(folder, "hub.db")}",
            $"--Simulators:Url={simulatorUrl}",
            "--Simulators:LatencyMs=0",
        ]));
    }

    [Fact]
    public async Task The_demo_household_gets_a_completed_report()
    {
        using var client = new HubClient(api.Address, "demo-caller-key");
        var id = await client.SubmitAcceptedAsync(Households.Family());

        var status = await client.WaitUntilFinishedAsync(id);

        Assert.Equal("completed", status.Status);
        var sources = (await client.ReportAsync(id)).Sources;
        Assert.Equal(TestDepartments.Codes.Order(), sources.Select(s => s.Source).Order());
        Assert.All(sources, s => Assert.Equal("answered", s.Status));
    }

    [Fact]
    public async Task Health_and_openapi_answer()
    {
        using var http = new HttpClient { BaseAddress = api.Address };
        Assert.True((await http.GetAsync("/health/live")).IsSuccessStatusCode);
        var ready = await http.GetAsync("/health/ready");
        Assert.True(ready.IsSuccessStatusCode);
        // One entry per check, as JSON, so an operator sees which part is down.
        using (var health = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()))
        {
            Assert.Equal("Healthy", health.RootElement.GetProperty("status").GetString());
            var checks = health.RootElement.GetProperty("checks");
            foreach (var name in new[] { "database", "signing-key", "masstransit-bus" })
                Assert.Equal("Healthy", checks.GetProperty(name).GetProperty("status").GetString());
        }
        Assert.True((await http.GetAsync("/health")).IsSuccessStatusCode);
        Assert.Contains("/api/v1/verifications", await http.GetStringAsync("/openapi/v1.json"));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async Task DisposeAsync()
    {
        await api.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }
}
