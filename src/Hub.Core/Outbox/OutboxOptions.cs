namespace Hub.Core.Outbox;

/// <summary>Relay settings (configuration section <c>Outbox</c>).</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>Safety-net sweep for rows a crashed process committed but never sent; the hot path does not wait for it.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(5);
    public int BatchSize { get; set; } = 100;
    /// <summary>After this many failed sends a row is parked for operators instead of retried.</summary>
    public int MaxAttempts { get; set; } = 10;
}
