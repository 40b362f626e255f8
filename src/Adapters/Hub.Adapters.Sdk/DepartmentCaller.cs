using Hub.Contracts.Messages;
using Microsoft.Extensions.Options;

namespace Hub.Adapters.Sdk;

/// <summary>
/// Asks one department and turns every outcome into a result message. A timeout or an error is a
/// result (the source is unavailable), not an exception the broker would redeliver forever.
/// </summary>
public sealed class DepartmentCaller<TAdapter>(
    TAdapter adapter, IHttpClientFactory clients, IOptionsMonitor<DepartmentOptions> options, TimeProvider time)
    where TAdapter : IDepartmentAdapter
{
    public async Task<object> QueryAsync(CheckSource command, CancellationToken cancellationToken)
    {
        var settings = options.Get(TAdapter.SourceCode);
        var budget = command.Deadline - time.GetUtcNow();
        if (budget <= TimeSpan.Zero) return Failed(command, "the deadline passed before the department was asked", 0);
        if (budget > settings.Timeout) budget = settings.Timeout;

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(budget);
        try
        {
            using var request = adapter.BuildRequest(command);
            request.Headers.Add(TraceHeaders.CaseRef, command.CaseRef);
            request.Headers.Add(TraceHeaders.RequestId, command.VerificationId.ToString());
            if (command.UserId is not null) request.Headers.Add(TraceHeaders.UserId, command.UserId);

            using var response = await clients.CreateClient(TAdapter.SourceCode).SendAsync(request, timeout.Token);
            var answer = await response.Content.ReadAsByteArrayAsync(timeout.Token);
            if (!response.IsSuccessStatusCode)
                return Failed(command, $"the department answered HTTP {(int)response.StatusCode}", 1);
            var records = adapter.Map(answer, command);
            return new SourceChecked(command.VerificationId, TAdapter.SourceCode, EvidenceHash.Of(answer), records, 1, time.GetUtcNow());
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Failed(command, $"no answer within {budget.TotalSeconds:0.#} s", 1);
        }
        catch (HttpRequestException ex)
        {
            return Failed(command, $"the department could not be reached ({ex.HttpRequestError})", 1);
        }
        catch (UnreadableAnswerException ex)
        {
            return Failed(command, "the department's answer could not be read: " + ex.Message, 1);
        }
    }

    private SourceCheckFailed Failed(CheckSource command, string reason, int attempts) =>
        new(command.VerificationId, TAdapter.SourceCode, reason, attempts, time.GetUtcNow());
}
