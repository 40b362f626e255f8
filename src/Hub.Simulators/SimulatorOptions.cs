namespace Hub.Simulators;

/// <summary>Configuration section <c>Simulators</c>.</summary>
public sealed class SimulatorOptions
{
    public const string Section = "Simulators";

    /// <summary>Fixed delay before each department answers, to stand in for a real department's latency.</summary>
    public int LatencyMs { get; set; }
}
