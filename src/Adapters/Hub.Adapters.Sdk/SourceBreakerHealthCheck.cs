using Microsoft.Extensions.Diagnostics.HealthChecks;
using Polly.CircuitBreaker;

namespace Hub.Adapters.Sdk;

/// <summary>
/// One source's circuit breaker as a readiness check (<c>source-{code}</c>, tagged <c>ready</c>), with data
/// <c>state</c> and <c>source</c>. An open breaker is Degraded, not Unhealthy: the hub still answers, reporting that
/// source unavailable, and a load balancer that took the process out for one department down would stop every other
/// department's answers too.
/// </summary>
public sealed class SourceBreakerHealthCheck(string code, CircuitBreakerStateProvider breaker) : IHealthCheck
{
    public const string Tag = "ready";

    public static string Name(string code) => $"source-{code}";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var state = breaker.CircuitState;
        var data = new Dictionary<string, object> { ["state"] = Describe(state), ["source"] = code };
        return Task.FromResult(state switch
        {
            CircuitState.Closed => HealthCheckResult.Healthy($"The {code} source's circuit breaker is closed.", data),
            CircuitState.HalfOpen => HealthCheckResult.Degraded($"The {code} source's circuit breaker is trying a call after a break.", data: data),
            _ => HealthCheckResult.Degraded($"The {code} source's circuit breaker is open: its queries are reported unavailable.", data: data),
        });
    }

    private static string Describe(CircuitState state) => state switch
    {
        CircuitState.Closed => "closed",
        CircuitState.HalfOpen => "half_open",
        CircuitState.Open => "open",
        _ => "isolated",
    };
}
