using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Hub.Simulators.Faults;

/// <summary>The faults in force per department; starts from the configured latency.</summary>
public sealed class DepartmentFaults(IOptions<SimulatorOptions> options)
{
    private readonly ConcurrentDictionary<string, FaultState> byDepartment = new();

    public FaultSettings Get(string department) => State(department).Settings;

    public void Set(string department, FaultSettings settings) => byDepartment[department] = new FaultState(settings);

    public FaultState State(string department) =>
        byDepartment.GetOrAdd(department, _ => new FaultState(new FaultSettings { LatencyMs = options.Value.LatencyMs }));
}

/// <summary>Settings plus the countdowns of <see cref="FaultSettings.FailNext"/> and <see cref="FaultSettings.ThrottleNext"/>.</summary>
public sealed class FaultState(FaultSettings settings)
{
    private int failLeft = settings.FailNext;
    private int throttleLeft = settings.ThrottleNext;

    public FaultSettings Settings => settings;

    public bool TakeFailure() => Interlocked.Decrement(ref failLeft) >= 0;

    public bool TakeThrottle() => Interlocked.Decrement(ref throttleLeft) >= 0;
}
