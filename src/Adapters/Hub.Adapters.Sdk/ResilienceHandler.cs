using Polly;

namespace Hub.Adapters.Sdk;

/// <summary>
/// Puts every HTTP call to a department through that department's pipeline, quota and concurrency cap.
/// Each attempt sends a fresh copy of the request (a request message can be sent only once). A request
/// HTTP cannot carry is the hub's fault and fails before the pipeline: no attempt, no retry, no breaker count.
/// </summary>
public sealed class ResilienceHandler(
    string department, DepartmentResilience resilience, DepartmentLimiter limiter, DepartmentMetrics metrics) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (SendableRequest.Problem(request) is { } problem) throw new HubFaultException(problem);
        var body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(DepartmentResilience.SafeToRetryKey, request.IsSafeToRetry());
        try
        {
            var outcome = await resilience.Query(department).ExecuteOutcomeAsync(static async (ctx, state) =>
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
        return await resilience.Attempt(department).ExecuteAsync(static async (state, token) =>
        {
            using var attempt = Copy(state.Original, state.Body);
            var response = await state.Handler.SendOnceAsync(attempt, token);
            // Read the body inside the attempt, so a connection that hangs mid-answer times out here too.
            await response.Content.LoadIntoBufferAsync(token);
            return response;
        }, (Handler: this, Original: original, Body: body), cancellationToken);
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
