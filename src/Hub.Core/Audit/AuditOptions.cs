namespace Hub.Core.Audit;

/// <summary>Configuration section <c>Audit</c>.</summary>
public sealed class AuditOptions
{
    public const string Section = "Audit";

    /// <summary>How often the sealer chains new events.</summary>
    public TimeSpan SealInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Most events one checkpoint covers.</summary>
    public int BatchSize { get; set; } = 500;
}
