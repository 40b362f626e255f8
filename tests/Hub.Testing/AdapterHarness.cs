using System.Net.Http.Json;
using Hub.Adapters.Sdk;
using Hub.Contracts.Messages;
using Hub.Simulators;
using Hub.Simulators.Faults;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Microsoft.Extensions.Logging;

namespace Hub.Testing;

/// <summary>
/// One adapter wired exactly as a worker wires it (its SDK services, pipeline, quota, signing) against
/// the simulators on a real Kestrel port, without the bus: query in, result message out.
/// </summary>
public sealed class AdapterHarness<TAdapter> : IAsyncDisposable where TAdapter : class, ISourceAdapter
{
    private readonly ServiceProvider services;

    private AdapterHarness(RunningApp simulators, ServiceProvider services, LogLines logs)
    {
        Simulators = simulators;
        this.services = services;
        Logs = logs;
        Admin = new HttpClient { BaseAddress = simulators.Address };
    }

    public RunningApp Simulators { get; }
    /// <summary>The simulators' admin endpoints: faults and the request journal.</summary>
    public HttpClient Admin { get; }
    public IServiceProvider Services => services;
    /// <summary>Every line the adapter's services logged, Trace and up.</summary>
    public LogLines Logs { get; }

    /// <param name="settings">Extra source settings as <c>Name=value</c> (e.g. <c>MaxRetries=2</c>).</param>
    public static Task<AdapterHarness<TAdapter>> StartAsync(params string[] settings) => StartWithAsync(simulators =>
    {
        var values = Connection(SourceOptions.Section, simulators);
        foreach (var setting in settings)
        {
            var (name, value) = (setting[..setting.IndexOf('=')], setting[(setting.IndexOf('=') + 1)..]);
            values[$"{SourceOptions.Section}:{TAdapter.SourceCode}:{name}"] = value;
        }
        return values;
    });

    /// <param name="configuration">The whole configuration, given the simulators' address.</param>
    public static async Task<AdapterHarness<TAdapter>> StartWithAsync(Func<Uri, Dictionary<string, string?>> configuration)
    {
        var simulators = await RunningApp.StartAsync(SimulatorApp.Build(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"]));
        var logs = new LogLines();
        var collection = new ServiceCollection().AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        AdapterModule.For<TAdapter>().AddServices(collection,
            new ConfigurationBuilder().AddInMemoryCollection(configuration(simulators.Address)).Build());
        return new AdapterHarness<TAdapter>(simulators, collection.BuildServiceProvider(), logs);
    }

    /// <summary>The simulator's address and signing credentials for this adapter's source, under the given section name.</summary>
    public static Dictionary<string, string?> Connection(string section, Uri simulators)
    {
        var code = TAdapter.SourceCode;
        return new()
        {
            [$"{section}:{code}:BaseUrl"] = new Uri(simulators, $"/{code}/").ToString(),
            [$"{section}:{code}:AppKey"] = "hub-demo",
            [$"{section}:{code}:AppSecret"] = "demo-signing-secret",
        };
    }

    /// <summary>A command for these people, in this order, as the outbox would send it.</summary>
    public static CheckSource Command(params string[] idNumbers) => new(
        Guid.NewGuid(), TAdapter.SourceCode, "T-" + Guid.NewGuid().ToString("N")[..10], "caseworker-1", "371700",
        idNumbers.Select((id, i) => new MemberIdentity(i, "成员" + i, id)).ToList(), DateTimeOffset.UtcNow.AddMinutes(1));

    public Task<object> QueryAsync(CheckSource command) =>
        services.GetRequiredService<DepartmentCaller<TAdapter>>().QueryAsync(command, CancellationToken.None);

    public async Task<SourceChecked> AnsweredAsync(CheckSource command)
    {
        var result = await QueryAsync(command);
        return Assert.IsType<SourceChecked>(result, exactMatch: true);
    }

    public async Task SetFaultsAsync(FaultSettings faults) =>
        (await Admin.PutAsJsonAsync($"/admin/faults/{TAdapter.SourceCode}", faults)).EnsureSuccessStatusCode();

    public async Task<List<JournalEntry>> RequestsAsync(string? caseRef = null) =>
        (await Admin.GetFromJsonAsync<List<JournalEntry>>($"/admin/requests?department={TAdapter.SourceCode}" +
            (caseRef is null ? "" : $"&caseRef={caseRef}")))!;

    public async ValueTask DisposeAsync()
    {
        Admin.Dispose();
        await services.DisposeAsync();
        await Simulators.DisposeAsync();
    }
}
