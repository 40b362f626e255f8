using Hub.IntegrationTests.Infrastructure;
using Hub.Testing;

namespace Hub.IntegrationTests.ServiceDefaults;

/// <summary>OpenTelemetry through the standard hosting package: OTLP by the OTEL_* variables or the older key.</summary>
public sealed class When_telemetry_is_exported : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("hub-otel-").FullName;

    [Fact]
    public async Task The_standard_variables_send_traces_of_requests_and_department_calls_but_not_of_probes_or_people()
    {
        await using var collector = await OtlpReceiver.StartAsync(grpc: false);
        var household = Households.RareNames();
        await using (var hub = await EmbeddedHub.StartAsync(folder,
            $"--OTEL_EXPORTER_OTLP_ENDPOINT={collector.Address}", "--OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf"))
        {
            using var http = new HttpClient { BaseAddress = hub.Address };
            for (var i = 0; i < 3; i++) (await http.GetAsync("/health/ready")).EnsureSuccessStatusCode();
            using var client = new HubClient(hub.Address, "demo-caller-key");
            var id = await client.SubmitAcceptedAsync(household);
            Assert.Equal("completed", (await client.WaitUntilFinishedAsync(id)).Status);
        }
        // Stopping the hub flushed what its exporters held.

        Assert.True(collector.Holds("/v1/traces", "hub-embedded"), "The service name travels with the traces.");
        Assert.True(collector.Holds("/v1/traces", "POST /api/v1/verifications"), "The submission is traced.");
        Assert.True(collector.Holds("/v1/traces", "income/query"), "The department call is traced (HttpClient instrumentation).");
        Assert.True(collector.Holds("/v1/traces", "verification.results"), "MassTransit's own activities are traced.");
        // Server spans are named "<method> <route>"; the test's own client calls are in the same process, so look for those names.
        Assert.False(collector.Holds("/v1/traces", "GET /health"), "Health probes are left out of traces.");
        Assert.True(collector.Holds("/v1/metrics", "http.server.request.duration"), "ASP.NET Core's metrics are exported.");
        Assert.True(collector.Holds("/v1/metrics", "dotnet.gc"), "Runtime metrics are exported.");
        foreach (var member in household.Members!)
        {
            Assert.False(collector.AnyHolds(member.IdNumber!), "An ID number reached the telemetry.");
            Assert.False(collector.AnyHolds(member.Name!), "A name reached the telemetry.");
        }
    }

    [Fact]
    public async Task The_older_key_still_exports_over_grpc()
    {
        await using var collector = await OtlpReceiver.StartAsync(grpc: true);
        await using (var hub = await EmbeddedHub.StartAsync(folder, $"--Telemetry:OtlpEndpoint={collector.Address}"))
        {
            using var http = new HttpClient { BaseAddress = hub.Address };
            (await http.GetAsync("/.well-known/jwks.json")).EnsureSuccessStatusCode();
        }

        Assert.True(collector.Holds("TraceService/Export", "/.well-known/jwks.json"));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }
}
