using Polly;

namespace Hub.Adapters.Sdk;

/// <summary>
/// Puts every HTTP call to a department through that department's pipeline, quota and concurrency cap.
/// Each attempt sends a fresh copy of the request (a request message can be sent only once). A request
/// HTTP cannot carry is the hub's fault and fails before the pipeline: no attempt, no retry, no breaker count.
/// Polly's telemetry gets the source code as operation key, and of each outcome only its status code or exception;
/// never the request, whose body and headers carry personal data.
/// </summary>
public sealed class ResilienceHandler(
    string department, DepartmentPipelines pipelines, DepartmentLimiter limiter, DepartmentMetrics metrics) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (SendableRequest.Problem(request) is { } problem) throw new HubFaultException(problem);
        var body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var context = ResilienceContextPool.Shared.Get(department, cancellationToken);
        context.Properties.Set(DepartmentResilience.SafeToRetryKey, request.IsSafeToRetry());
        try
        {
            var outcome = await pipelines.Query.ExecuteOutcomeAsync(static async (ctx, state) =>
            {
                try
                {
                    return Outcome.FromResult(await state.Handler.AttemptAsync(state.Request, state.Body, ctx.CancellationToken));
                }
                catch (Exception ex)
                {
                    return Outcome.FromException<HttpResponseMessage>(ex);
                }
            }, context, (Handler: this, Request: request, Body: body));
            outcome.ThrowIfException();
            return outcome.Result!;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private async Task<HttpResponseMessage> AttemptAsync(HttpRequestMessage original, byte[]? body, CancellationToken cancellationToken)
    {
        using var slot = await limiter.AcquireAsync(cancellationToken);
        AttemptCounter.CountAttempt(original);
        metrics.Attempt(department);
        var context = ResilienceContextPool.Shared.Get(department, cancellationToken);
        try
        {
            return await pipelines.Attempt.ExecuteAsync(static async (ctx, state) =>
            {
                using var attempt = Copy(state.Original, state.Body);
                var response = await state.Handler.SendOnceAsync(attempt, ctx.CancellationToken);
                // Read the body inside the attempt, so a connection that hangs mid-answer times out here too.
                await response.Content.LoadIntoBufferAsync(ctx.CancellationToken);
                return response;
            }, context, (Handler: this, Original: original, Body: body));
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private Task<HttpResponseMessage> SendOnceAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        base.SendAsync(request, cancellationToken);

    private static HttpRequestMessage Copy(HttpRequestMessage original, byte[]? body)
    {
        var copy = new HttpRequestMessage(original.Method, original.RequestUri) { Version = original.Version, VersionPolicy = original.VersionPolicy };
        foreach (var header in original.Headers) copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
        if (body is not null)
        {
            copy.Content = new ByteArrayContent(body);
            foreach (var header in original.Content!.Headers) copy.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }
        return copy;
    }
}
