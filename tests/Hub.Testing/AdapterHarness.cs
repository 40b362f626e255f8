using System.Net.Http.Json;
using Hub.Adapters.Sdk;
using Hub.Contracts.Messages;
using Hub.Simulators;
using Hub.Simulators.Faults;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Hub.Testing;

/// <summary>
/// One adapter wired exactly as a worker wires it (its SDK services, pipeline, quota, signing) against
/// the simulators on a real Kestrel port, without the bus: query in, result message out.
/// </summary>
public sealed class AdapterHarness<TAdapter> : IAsyncDisposable where TAdapter : class, IDepartmentAdapter
{
    private readonly ServiceProvider services;

    private AdapterHarness(RunningApp simulators, ServiceProvider services)
    {
        Simulators = simulators;
        this.services = services;
        Admin = new HttpClient { BaseAddress = simulators.Address };
    }

    public RunningApp Simulators { get; }
    /// <summary>The simulators' admin endpoints: faults and the request journal.</summary>
    public HttpClient Admin { get; }
    public IServiceProvider Services => services;

    /// <param name="settings">Extra department settings as <c>Name=value</c> (e.g. <c>MaxRetries=2</c>).</param>
    public static async Task<AdapterHarness<TAdapter>> StartAsync(params string[] settings)
    {
        var simulators = await RunningApp.StartAsync(SimulatorApp.Build(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"]));
        var code = TAdapter.SourceCode;
        var values = new Dictionary<string, string?>
        {
            [$"Departments:{code}:BaseUrl"] = new Uri(simulators.Address, $"/{code}/").ToString(),
            [$"Departments:{code}:AppKey"] = "hub-demo",
            [$"Departments:{code}:AppSecret"] = "demo-signing-secret",
        };
        foreach (var setting in settings)
        {
            var (name, value) = (setting[..setting.IndexOf('=')], setting[(setting.IndexOf('=') + 1)..]);
            values[$"Departments:{code}:{name}"] = value;
        }
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var collection = new ServiceCollection().AddLogging();
        AdapterModule.For<TAdapter>().AddServices(collection, configuration);
        return new AdapterHarness<TAdapter>(simulators, collection.BuildServiceProvider());
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
