using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Hub.Simulators;

/// <summary>Faults set at run time per department (the admin endpoint), starting from the configured latency.</summary>
public sealed class DepartmentFaults(IOptions<SimulatorOptions> options)
{
    private readonly ConcurrentDictionary<string, FaultSettings> byDepartment = new();

    public FaultSettings For(string department) =>
        byDepartment.GetOrAdd(department, _ => new FaultSettings(options.Value.LatencyMs));

    public void Set(string department, FaultSettings settings) => byDepartment[department] = settings;

    /// <summary>Waits as the department would before answering.</summary>
    public Task DelayAsync(string department, CancellationToken cancellationToken) =>
        For(department).LatencyMs is > 0 and var ms ? Task.Delay(ms, cancellationToken) : Task.CompletedTask;
}

public sealed record FaultSettings(int LatencyMs);
