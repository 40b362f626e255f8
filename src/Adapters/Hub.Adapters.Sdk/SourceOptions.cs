namespace Hub.Adapters.Sdk;

/// <summary>
/// How the hub reaches one source (configuration section <c>Sources:{code}</c>, read through <see cref="SourceSettings"/>).
/// Credentials come from the environment (e.g. <c>Sources__tax__AppSecret</c>), never from the repository.
/// </summary>
public sealed class SourceOptions
{
    public const string Section = "Sources";
    /// <summary>The section's name before the glossary; still read for one release, see <see cref="SourceSettings"/>.</summary>
    public const string DeprecatedSection = "Departments";

    public Uri? BaseUrl { get; set; }

    /// <summary>Upper bound for one department query, retries and quota waits included; the verification's deadline may cut it shorter.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>Upper bound for one HTTP attempt, so a hanging connection costs a retry, not the whole query.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(8);
    /// <summary>Retries after the first attempt, for transient failures of requests that are safe to repeat.</summary>
    public int MaxRetries { get; set; } = 3;
    /// <summary>First retry delay; doubles each retry, with jitter. A Retry-After from the department wins.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Share of failed attempts within <see cref="BreakerSamplingDuration"/> that opens this department's breaker.</summary>
    public double BreakerFailureRatio { get; set; } = 0.5;
    public int BreakerMinimumThroughput { get; set; } = 6;
    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(20);
    public TimeSpan BreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Requests per second the department granted; unset means no quota.</summary>
    public double? RequestsPerSecond { get; set; }
    /// <summary>HTTP calls in flight to the department at once, from this process.</summary>
    public int MaxConcurrentCalls { get; set; } = 16;

    /// <summary>How many of this department's commands one worker handles at once.</summary>
    public int Concurrency { get; set; } = 32;

    /// <summary>Whose data the department is asked for.</summary>
    public MemberSelection Members { get; set; } = MemberSelection.All;

    /// <summary>Application key and secret for departments that require signed requests.</summary>
    public string? AppKey { get; set; }
    public string? AppSecret { get; set; }
}

public enum MemberSelection
{
    All,
    /// <summary>Only members aged 18 or over (e.g. market registration, which minors cannot appear in).</summary>
    Adults,
}
