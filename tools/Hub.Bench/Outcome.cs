namespace Hub.Bench;

public enum OutcomeKind { Completed, Partial, Error }

/// <summary>What became of one verification, with the hub's own timestamps for the phase breakdown.</summary>
public sealed record Outcome(OutcomeKind Kind, TimeSpan Latency, string? Error = null)
{
    public Guid Id { get; init; }
    /// <summary>POST sent → 202 received, as the client saw it.</summary>
    public TimeSpan Submit { get; init; }
    public DateTimeOffset? AcceptedAt { get; init; }
    /// <summary>The last department result's time (the adapter's clock).</summary>
    public DateTimeOffset? SourcesFinishedAt { get; init; }
    public DateTimeOffset? CompletedAt { get; init; }
    /// <summary>Status requests it took to see the verification finished: the polling's share of the API's load.</summary>
    public int Polls { get; init; }
    /// <summary>When the client saw the finished status (client clock; same machine as the hub here).</summary>
    public DateTimeOffset SeenAt { get; init; }

    public static Outcome Failed(TimeSpan latency, string error) => new(OutcomeKind.Error, latency, error);
}
