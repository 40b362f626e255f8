namespace Hub.Api.Hosting;

/// <summary>Root key <c>Mode</c>: <c>Embedded</c> (one process, demo keys, simulators) or <c>Production</c>.</summary>
public sealed class HubModeOptions
{
    public string Mode { get; set; } = "Embedded";

    public bool IsEmbedded => Mode switch
    {
        _ when Mode.Equals("Embedded", StringComparison.OrdinalIgnoreCase) => true,
        _ when Mode.Equals("Production", StringComparison.OrdinalIgnoreCase) => false,
        _ => throw new InvalidOperationException($"Mode must be Embedded or Production, not '{Mode}'."),
    };
}
