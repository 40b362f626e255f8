namespace Hub.Simulators.Faults;

/// <summary>
/// How a simulated department misbehaves, set at run time through <c>PUT /admin/faults/{department}</c>.
/// Latency applies first; then, in order: outage, hang, the next <see cref="FailNext"/> requests, 429s, errors.
/// </summary>
public sealed record FaultSettings
{
    /// <summary>Fixed delay before answering.</summary>
    public int LatencyMs { get; init; }
    /// <summary>Extra delay drawn uniformly from [0, jitter).</summary>
    public int LatencyJitterMs { get; init; }
    /// <summary>Share of requests answered 500 (0–1).</summary>
    public double ErrorRate { get; init; }
    /// <summary>Share of requests answered 429 with Retry-After (0–1).</summary>
    public double TooManyRequestsRate { get; init; }
    public int RetryAfterSeconds { get; init; } = 1;
    /// <summary>The next N requests are answered 503, then the department recovers: a deterministic flaky spell.</summary>
    public int FailNext { get; init; }
    /// <summary>The next N requests are answered 429 with Retry-After, then the department recovers.</summary>
    public int ThrottleNext { get; init; }
    /// <summary>Accept the connection and never answer.</summary>
    public bool Hang { get; init; }
    /// <summary>Drop every connection without an answer, as a department that is down.</summary>
    public bool Outage { get; init; }
}
