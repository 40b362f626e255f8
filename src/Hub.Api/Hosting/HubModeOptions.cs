namespace Hub.Api.Hosting;

/// <summary>Root key <c>Mode</c>: <c>Embedded</c> (one process, demo keys, simulators) or <c>Production</c>.</summary>
public sealed class HubModeOptions
{
    public string Mode { get; set; } = "Embedded";

    public bool IsEmbedded => Mode == "Embedded";
}
