using System.Diagnostics;
using Hub.Contracts.Identity;
using Hub.Contracts.Messages;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Hub.Adapters.Sdk;

/// <summary>
/// Asks one department and turns every outcome into a result message. A timeout, an open breaker or an
/// error is a result (the source is unavailable), not an exception the broker would redeliver forever.
/// </summary>
public sealed class DepartmentCaller<TAdapter>(
    TAdapter adapter, IHttpClientFactory clients, IOptionsMonitor<DepartmentOptions> options, DepartmentMetrics metrics, TimeProvider time)
    where TAdapter : IDepartmentAdapter
{
    private static string Department => TAdapter.SourceCode;

    public async Task<object> QueryAsync(CheckSource command, CancellationToken cancellationToken)
    {
        var settings = options.Get(Department);
        var budget = command.Deadline - time.GetUtcNow();
        if (budget <= TimeSpan.Zero) return Failed(command, "the deadline passed before the department was asked", 0);
        var asked = command with { Members = Select(command.Members, settings.Members, time) };
        var client = new DepartmentClient(clients.CreateClient(Department), settings, asked);

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(budget);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var answer = await adapter.FetchAsync(client, asked, deadline.Token);
            var records = adapter.Map(answer, asked);
            metrics.Query(Department, "answered", Stopwatch.GetElapsedTime(started));
            return new SourceChecked(command.VerificationId, Department, EvidenceHash.Of(answer), records, client.Attempts, time.GetUtcNow());
        }
        catch (Exception ex) when (Reason(ex, settings) is { } reason && !cancellationToken.IsCancellationRequested)
        {
            metrics.Query(Department, "unavailable", Stopwatch.GetElapsedTime(started));
            return Failed(command, reason, client.Attempts);
        }
    }

    /// <summary>Why the source is unavailable; null for exceptions that mean a bug or a shutdown.</summary>
    private static string? Reason(Exception ex, DepartmentOptions settings) => ex switch
    {
        BrokenCircuitException => "the department's circuit breaker is open after repeated failures",
        TimeoutRejectedException => $"no answer within {settings.Timeout.TotalSeconds:0.#} s",
        OperationCanceledException => "no answer before the verification's deadline",
        DepartmentRefusedException refused => refused.Message,
        HttpRequestException http => $"the department could not be reached ({http.HttpRequestError})",
        UnreadableAnswerException unreadable => "the department's answer could not be read: " + unreadable.Message,
        _ => null,
    };

    private static IReadOnlyList<MemberIdentity> Select(IReadOnlyList<MemberIdentity> members, MemberSelection selection, TimeProvider time) =>
        selection == MemberSelection.Adults
            ? members.Where(m => IdNumber.AgeOn(m.IdNumber, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)) >= 18).ToList()
            : members;

    private SourceCheckFailed Failed(CheckSource command, string reason, int attempts) =>
        new(command.VerificationId, Department, reason, attempts, time.GetUtcNow());
}
