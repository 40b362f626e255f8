using Microsoft.Extensions.Primitives;

namespace Hub.Simulators.Faults;

/// <summary>
/// Applies a department's faults to each of its endpoints, and journals every request it receives — with the
/// case reference and caseworker id decoded from the percent-encoded UTF-8 the hub sends them in.
/// </summary>
public sealed class FaultFilter(string department) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var services = http.RequestServices;
        services.GetRequiredService<RequestJournal>().Add(new JournalEntry(department, Decoded(http.Request.Headers["X-Case-Ref"]),
            Decoded(http.Request.Headers["X-User-Id"]), http.Request.Headers["X-Request-Id"], http.Request.Path, DateTimeOffset.UtcNow));

        var state = services.GetRequiredService<DepartmentFaults>().State(department);
        var faults = state.Settings;
        var delay = faults.LatencyMs + (faults.LatencyJitterMs > 0 ? Random.Shared.Next(faults.LatencyJitterMs) : 0);
        if (delay > 0) await Task.Delay(delay, http.RequestAborted);

        if (faults.Outage)
        {
            http.Abort();
            return Results.Empty;
        }
        if (faults.Hang)
        {
            await Task.Delay(Timeout.Infinite, http.RequestAborted);
        }
        if (state.TakeFailure()) return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        if (state.TakeThrottle() || Random.Shared.NextDouble() < faults.TooManyRequestsRate)
        {
            http.Response.Headers.RetryAfter = faults.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Results.StatusCode(StatusCodes.Status429TooManyRequests);
        }
        if (Random.Shared.NextDouble() < faults.ErrorRate) return Results.StatusCode(StatusCodes.Status500InternalServerError);
        return await next(context);
    }

    private static string? Decoded(StringValues value) => StringValues.IsNullOrEmpty(value) ? null : Uri.UnescapeDataString(value.ToString());
}
