using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Polly;
using Polly.CircuitBreaker;
using Polly.DependencyInjection;
using Polly.Registry;
using Polly.Retry;
using Polly.Telemetry;
using Polly.Timeout;

namespace Hub.Adapters.Sdk;

/// <summary>
/// Registers one source's two pipelines with Polly's dependency injection, so Polly's own telemetry reports them
/// (meter and logger <c>Polly</c>; <c>pipeline.name</c> is the pipeline, <c>pipeline.instance</c> the source code):
/// <c>source-query</c> is total timeout → retry (exponential, jitter, Retry-After, safe requests only) → this
/// source's own circuit breaker; <c>source-attempt</c> is the attempt timeout, applied after the quota wait, so
/// waiting for quota never counts as a slow department.
/// </summary>
public static class DepartmentResilience
{
    public const string QueryPipeline = "source-query";
    public const string AttemptPipeline = "source-attempt";
    public static readonly ResiliencePropertyKey<bool> SafeToRetryKey = new("Hub.SafeToRetry");

    public static IServiceCollection AddDepartmentResilience(this IServiceCollection services, string code, CircuitBreakerStateProvider breaker)
    {
        services.AddResiliencePipeline<string, HttpResponseMessage>($"{QueryPipeline}/{code}", (builder, context) =>
            AddQuery(Named(builder, context, QueryPipeline, code), context.GetOptions<SourceOptions>(code), breaker,
                context.ServiceProvider.GetRequiredService<TimeProvider>()));
        services.AddResiliencePipeline<string, HttpResponseMessage>($"{AttemptPipeline}/{code}", (builder, context) =>
            Named(builder, context, AttemptPipeline, code).AddTimeout(context.GetOptions<SourceOptions>(code).AttemptTimeout));
        // Fetched once, by the container: the registry builds a pipeline again when its first two calls race, and a
        // breaker's state provider can belong to one breaker only.
        return services.AddKeyedSingleton(code, (sp, _) =>
        {
            var pipelines = sp.GetRequiredService<ResiliencePipelineProvider<string>>();
            return new DepartmentPipelines(pipelines.GetPipeline<HttpResponseMessage>($"{QueryPipeline}/{code}"),
                pipelines.GetPipeline<HttpResponseMessage>($"{AttemptPipeline}/{code}"));
        });
    }

    private static ResiliencePipelineBuilder<HttpResponseMessage> Named(ResiliencePipelineBuilder<HttpResponseMessage> builder,
        AddResiliencePipelineContext<string> context, string pipeline, string code)
    {
        builder.Name = pipeline;
        builder.InstanceName = code;
        return builder.ConfigureTelemetry(new TelemetryOptions(context.GetOptions<TelemetryOptions>()) { SeverityProvider = Severity });
    }

    private static void AddQuery(ResiliencePipelineBuilder<HttpResponseMessage> builder, SourceOptions settings,
        CircuitBreakerStateProvider breaker, TimeProvider time)
    {
        builder.AddTimeout(settings.Timeout);
        if (settings.MaxRetries > 0) builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = args => new ValueTask<bool>(args.Context.Properties.GetValue(SafeToRetryKey, false) && IsTransient(args.Outcome)),
                MaxRetryAttempts = settings.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = settings.RetryDelay,
                DelayGenerator = args => new ValueTask<TimeSpan?>(RetryAfter(args.Outcome.Result, time)),
            });
        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = args => new ValueTask<bool>(IsTransient(args.Outcome)),
                FailureRatio = settings.BreakerFailureRatio,
                MinimumThroughput = settings.BreakerMinimumThroughput,
                SamplingDuration = settings.BreakerSamplingDuration,
                BreakDuration = settings.BreakerBreakDuration,
                StateProvider = breaker,
            });
    }

    /// <summary>
    /// Polly logs every execution and every attempt that succeeded at Information: several lines per department call
    /// on a busy hub. Those go to Debug (they are still metered); retries, timeouts and breaker changes keep their level.
    /// </summary>
    private static ResilienceEventSeverity Severity(SeverityProviderArguments args) => args.Event switch
    {
        { EventName: "PipelineExecuted" } => ResilienceEventSeverity.Debug,
        { EventName: "ExecutionAttempt", Severity: ResilienceEventSeverity.Information } => ResilienceEventSeverity.Debug,
        var other => other.Severity,
    };

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

    private static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider time) => response?.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };
}
