namespace Hub.Simulators;

/// <summary>Configuration section <c>Simulators</c>.</summary>
public sealed class SimulatorOptions
{
    public const string Section = "Simulators";

    /// <summary>Fixed delay before each department answers, until faults are set at run time.</summary>
    public int LatencyMs { get; set; }

    /// <summary>Credentials the departments that demand signed requests accept (synthetic; the real ones are the departments' own).</summary>
    public string SigningAppKey { get; set; } = "hub-demo";
    public string SigningAppSecret { get; set; } = "demo-signing-secret";
}
