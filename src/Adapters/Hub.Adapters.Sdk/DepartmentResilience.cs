using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Registry;
using Polly.Retry;
using Polly.Timeout;

namespace Hub.Adapters.Sdk;

/// <summary>
/// One pipeline per department from the registry, so each has its own circuit breaker:
/// total timeout → retry (exponential, jitter, Retry-After, safe requests only) → circuit breaker;
/// the attempt timeout is a second pipeline applied after the quota wait, so waiting for quota never
/// counts as a slow department.
/// </summary>
public sealed partial class DepartmentResilience(
    ResiliencePipelineRegistry<string> registry,
    IOptionsMonitor<DepartmentOptions> options,
    DepartmentMetrics metrics,
    TimeProvider time,
    ILogger<DepartmentResilience> logger)
{
    public static readonly ResiliencePropertyKey<bool> SafeToRetryKey = new("Hub.SafeToRetry");

    public ResiliencePipeline<HttpResponseMessage> Query(string department) =>
        registry.GetOrAddPipeline<HttpResponseMessage>(department, builder => BuildQuery(builder, department, options.Get(department)));

    public ResiliencePipeline<HttpResponseMessage> Attempt(string department) =>
        registry.GetOrAddPipeline<HttpResponseMessage>(department + "/attempt",
            builder => builder.AddTimeout(options.Get(department).AttemptTimeout));

    private void BuildQuery(ResiliencePipelineBuilder<HttpResponseMessage> builder, string department, DepartmentOptions settings)
    {
        builder.TimeProvider = time;
        builder.AddTimeout(settings.Timeout);
        if (settings.MaxRetries > 0) builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = args => new ValueTask<bool>(args.Context.Properties.GetValue(SafeToRetryKey, false) && IsTransient(args.Outcome)),
                MaxRetryAttempts = settings.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = settings.RetryDelay,
                DelayGenerator = args => new ValueTask<TimeSpan?>(RetryAfter(args.Outcome.Result)),
                OnRetry = args =>
                {
                    metrics.Retry(department);
                    LogRetry(department, args.AttemptNumber + 1, Describe(args.Outcome), args.RetryDelay.TotalMilliseconds);
                    return default;
                },
            });
        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = args => new ValueTask<bool>(IsTransient(args.Outcome)),
                FailureRatio = settings.BreakerFailureRatio,
                MinimumThroughput = settings.BreakerMinimumThroughput,
                SamplingDuration = settings.BreakerSamplingDuration,
                BreakDuration = settings.BreakerBreakDuration,
                OnOpened = args =>
                {
                    metrics.BreakerOpened(department);
                    LogBreakerOpened(department, args.BreakDuration.TotalSeconds, Describe(args.Outcome));
                    return default;
                },
                OnClosed = _ =>
                {
                    LogBreakerClosed(department);
                    return default;
                },
            });
    }

    /// <summary>
    /// Failures worth another attempt, and the ones the breaker counts: department outcomes only — the network,
    /// an attempt timeout, 408, 429 and 5xx. The hub's own faults never get here (<see cref="ResilienceHandler"/>
    /// and <see cref="CommandText"/> stop them before the pipeline), and any other exception is not counted.
    /// </summary>
    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Result: { } response } => response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests
            || (int)response.StatusCode >= 500,
        _ => false,
    };

    private TimeSpan? RetryAfter(HttpResponseMessage? response) => response?.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };

    private static string Describe(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is { } ex ? ex.GetType().Name : $"HTTP {(int)outcome.Result!.StatusCode}";

    [LoggerMessage(LogLevel.Warning, "Department {Department}: retry {Attempt} after {Failure}, waiting {DelayMs} ms")]
    private partial void LogRetry(string department, int attempt, string failure, double delayMs);

    [LoggerMessage(LogLevel.Error, "Department {Department}: circuit breaker opened for {BreakSeconds} s after {Failure}")]
    private partial void LogBreakerOpened(string department, double breakSeconds, string failure);

    [LoggerMessage(LogLevel.Information, "Department {Department}: circuit breaker closed")]
    private partial void LogBreakerClosed(string department);
}
