using Hub.Api;
using Hub.Core.Persistence;
using Hub.Simulators;
using Hub.Testing;
using Hub.Workers;
using Microsoft.EntityFrameworkCore;

namespace Hub.IntegrationTests.Infrastructure;

/// <summary>
/// The production shape on real servers: its own PostgreSQL database and RabbitMQ virtual host,
/// the department simulators on Kestrel, the API and one worker host, each a real listening app.
/// </summary>
public class ProductionStack : IAsyncLifetime
{
    public string ConnectionString { get; private set; } = "";
    public Uri BusUrl { get; private set; } = null!;
    public RunningApp Simulators { get; private set; } = null!;
    public RunningApp Api { get; private set; } = null!;
    public RunningApp? Workers { get; private set; }

    /// <summary>How long verifications may take before they end as partial.</summary>
    protected virtual TimeSpan Deadline => TimeSpan.FromSeconds(8);
    protected virtual bool StartWorkers => true;

    public virtual async Task InitializeAsync()
    {
        ConnectionString = await TestDatabase.CreateAsync();
        BusUrl = await TestVirtualHost.CreateAsync();
        Simulators = await RunningApp.StartAsync(SimulatorApp.Build(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"]));
        Api = await RunningApp.StartAsync(ApiHost.Build([.. ApiArguments()]));
        if (StartWorkers) Workers = await RunningApp.StartAsync(WorkersHost.Build([.. WorkerArguments()]));
    }

    /// <summary>Configuration shared by API and workers, as command-line arguments.</summary>
    public IEnumerable<string> CommonArguments() =>
    [
        "--urls", "http://127.0.0.1:0",
        "--Logging:LogLevel:Default=Warning",
        "--Database:Provider=Postgres",
        $"--Database:ConnectionString={ConnectionString}",
        "--Bus:Transport=RabbitMq",
        $"--Bus:RabbitMqUrl={BusUrl}",
        "--Outbox:SweepInterval=00:00:01",
        "--Outbox:MaxAttempts=2",
        $"--Hub:Deadline={Deadline}",
        .. TestSigningKey.AsArguments(),
        .. TestMasterKey.AsArguments(),
    ];

    public IEnumerable<string> WorkerArguments() =>
        [.. CommonArguments(), .. TestDepartments.Arguments(Simulators.Address)];

    private IEnumerable<string> ApiArguments() =>
        [.. CommonArguments(), .. TestDepartments.SourceArguments(), .. TestKeys.AsArguments()];

    public HubClient Client(string apiKey = TestKeys.CallerAll) => new(Api.Address, apiKey);

    /// <summary>A fresh database context on the fixture's database, for checks the API does not expose.</summary>
    public PostgresHubDbContext Database() =>
        new(new DbContextOptionsBuilder<PostgresHubDbContext>().UseNpgsql(ConnectionString).Options);

    public async Task DisposeAsync()
    {
        if (Workers is not null) await Workers.DisposeAsync();
        await Api.DisposeAsync();
        await Simulators.DisposeAsync();
    }
}
