using Hub.Simulators;

namespace Hub.Embedded;

/// <summary>Runs the department simulators inside the embedded-mode process, on their own loopback port.</summary>
public sealed class EmbeddedSimulators(IConfiguration configuration) : IHostedService, IAsyncDisposable
{
    /// <summary>Points every configured source without a BaseUrl of its own at its simulator.</summary>
    public static Dictionary<string, string?> DepartmentUrls(IConfiguration configuration)
    {
        var url = configuration["Simulators:Url"] ?? throw new InvalidOperationException("Simulators:Url is required in embedded mode.");
        return configuration.GetSection("Hub:Sources").Get<List<string>>()?
            // Departments: the deprecated name of Sources, still read for one release (see SourceSettings).
            .Where(code => (configuration[$"Sources:{code}:BaseUrl"] ?? configuration[$"Departments:{code}:BaseUrl"]) is null)
            .ToDictionary(code => $"Sources:{code}:BaseUrl", code => (string?)$"{url.TrimEnd('/')}/{code}/") ?? [];
    }

    private WebApplication? app;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var url = configuration["Simulators:Url"] ?? throw new InvalidOperationException("Simulators:Url is required in embedded mode.");
        // The simulated departments accept the credentials the hub is configured to sign with.
        app = SimulatorApp.Build(["--urls", url, "--Simulators:LatencyMs", configuration["Simulators:LatencyMs"] ?? "0",
            "--Simulators:SigningAppKey", configuration["Sources:tax:AppKey"] ?? configuration["Departments:tax:AppKey"] ?? "",
            "--Simulators:SigningAppSecret", configuration["Sources:tax:AppSecret"] ?? configuration["Departments:tax:AppSecret"] ?? "",
            "--Logging:LogLevel:Default=Warning"]);
        await app.StartAsync(cancellationToken);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (app is not null) await app.StopAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null) await app.DisposeAsync();
    }
}
