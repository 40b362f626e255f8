using System.Text.Json;
using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Workers;

/// <summary>/health/ready of the production processes: one JSON entry per check a load balancer or an operator needs.</summary>
[Collection(PipelineCollection.Name)]
public sealed class When_a_production_process_is_asked_if_it_is_ready(ProductionStack stack)
{
    [Fact]
    public async Task The_workers_name_the_database_the_broker_the_signing_key_and_each_sources_breaker()
    {
        var checks = await ReadyChecksAsync(stack.Workers!.Address);

        foreach (var name in new[] { "database", "masstransit-bus", "signing-key" })
            Assert.Equal("Healthy", checks.GetProperty(name).GetProperty("status").GetString());
        foreach (var code in TestDepartments.Codes)
        {
            var breaker = checks.GetProperty($"source-{code}");
            Assert.Equal(code, breaker.GetProperty("data").GetProperty("source").GetString());
            Assert.NotNull(breaker.GetProperty("data").GetProperty("state").GetString());
        }
    }

    [Fact]
    public async Task The_api_names_the_database_the_broker_and_the_signing_key_but_no_source()
    {
        var checks = await ReadyChecksAsync(stack.Api.Address);

        foreach (var name in new[] { "database", "masstransit-bus", "signing-key" })
            Assert.Equal("Healthy", checks.GetProperty(name).GetProperty("status").GetString());
        Assert.DoesNotContain(checks.EnumerateObject(), c => c.Name.StartsWith("source-", StringComparison.Ordinal));
    }

    private static async Task<JsonElement> ReadyChecksAsync(Uri process)
    {
        using var http = new HttpClient { BaseAddress = process };
        // The bus may still be connecting right after start-up: ask until it says ready.
        for (var until = DateTime.UtcNow.AddSeconds(60); ; await Task.Delay(200))
        {
            var response = await http.GetAsync("/health/ready");
            var health = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            if (response.IsSuccessStatusCode || DateTime.UtcNow > until) return health.GetProperty("checks");
        }
    }
}
