using System.Text.Json;
using Hub.Api;
using Hub.Embedded;
using Hub.ServiceDefaults;
using Hub.IntegrationTests.Infrastructure;
using Hub.Testing;
using Hub.Workers;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace Hub.IntegrationTests.ServiceDefaults;

/// <summary>What every process gets from Hub.ServiceDefaults, checked on each host as built (nothing is started).</summary>
public sealed class When_a_host_is_composed : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("hub-hosts-").FullName;

    private static readonly string[] Servers =
    [
        "--Database:Provider=Postgres", "--Database:ConnectionString=Host=127.0.0.1;Port=1",
        "--Bus:Transport=RabbitMq", "--Bus:RabbitMqUrl=amqp://127.0.0.1:1/", "--Hub:Sources:0=tax",
        .. TestSigningKey.AsArguments(), .. TestMasterKey.AsArguments(),
    ];

    private WebApplication[] Hosts() =>
    [
        EmbeddedHost.Build([$"--Database:ConnectionString=Data Source={Path.Combine(folder, "hub.db")}",
            $"--Signing:KeyFolder={Path.Combine(folder, "signing")}", $"--Protection:KeyFolder={Path.Combine(folder, "protection")}"]),
        ApiHost.Build([.. Servers, .. TestKeys.AsArguments()]),
        WorkersHost.Build([.. Servers, .. TestDepartments.Arguments(new Uri("http://127.0.0.1:1/"))]),
    ];

    [Fact]
    public async Task No_process_reports_its_usage_to_the_bus_vendor()
    {
        foreach (var host in Hosts())
        {
            await using var _ = host;
            Assert.False(host.Services.GetRequiredService<IOptions<UsageTelemetryOptions>>().Value.Enabled);
        }
    }

    [Fact]
    public async Task Production_processes_log_one_json_object_per_line_and_the_embedded_one_plain_text()
    {
        var hosts = Hosts();
        foreach (var host in hosts)
        {
            await using var _ = host;
            var formatter = host.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue.FormatterName;
            Assert.Equal(host.Services.GetRequiredService<HubMode>().IsEmbedded ? null : ConsoleFormatterNames.Json, formatter);
        }
    }

    [Fact]
    public void The_api_refuses_the_embedded_mode_and_says_where_it_went()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ApiHost.Build([.. Servers, .. TestKeys.AsArguments(), "--Mode=Embedded"]));
        Assert.Contains("src/Hub.Embedded", error.Message);
    }

    [Fact]
    public void The_embedded_hub_refuses_the_production_mode()
    {
        var error = Assert.Throws<InvalidOperationException>(() => EmbeddedHost.Build(["--Mode=Production"]));
        Assert.Contains("src/Hub.Api", error.Message);
    }

    [Fact]
    public async Task A_mode_that_agrees_still_starts_and_is_named_obsolete_in_the_log()
    {
        var logged = new List<string>();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Mode", "Production")]).Build();
        using var factory = LoggerFactory.Create(b => b.AddProvider(new ListLoggerProvider(logged)));
        await new ObsoleteKeyWarning(configuration, factory.CreateLogger<ObsoleteKeyWarning>()).StartAsync(CancellationToken.None);

        Assert.Contains(logged, l => l.Contains("Mode is obsolete", StringComparison.Ordinal));
        await using var api = ApiHost.Build([.. Servers, .. TestKeys.AsArguments(), "--Mode=Production"]);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
