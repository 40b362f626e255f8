using System.Diagnostics;
using Hub.Contracts.Identity;
using Hub.Contracts.Messages;
using Hub.Contracts.Records;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Hub.Adapters.Sdk;

/// <summary>
/// Asks one department and turns every outcome into a result message. A timeout, an open breaker or an
/// error is a result (the source is unavailable), not an exception the broker would redeliver forever.
/// Each failure carries a <see cref="ReasonCodes"/> code that tells the hub's own faults from the department's.
/// </summary>
public sealed partial class DepartmentCaller<TAdapter>(
    TAdapter adapter, IHttpClientFactory clients, IOptionsMonitor<SourceOptions> options, DepartmentMetrics metrics, TimeProvider time,
    ILogger<DepartmentCaller<TAdapter>> logger)
    where TAdapter : ISourceAdapter
{
    private static string Department => TAdapter.SourceCode;

    public async Task<object> QueryAsync(CheckSource command, CancellationToken cancellationToken)
    {
        if (CommandText.Problem(command) is { } problem)
        {
            LogNotSent(Department, command.VerificationId, problem);
            return Failed(command, ReasonCodes.HubError, problem, 0);
        }
        var settings = options.Get(Department);
        var budget = command.Deadline - time.GetUtcNow();
        if (budget <= TimeSpan.Zero) return Failed(command, ReasonCodes.DeadlinePassed, "the deadline passed before the department was asked", 0);
        // One query may take several calls (submit and poll): the department's Timeout bounds them all.
        if (budget > settings.Timeout) budget = settings.Timeout;
        var asked = command with { Members = Select(command.Members, settings.Members, time) };
        // Nobody this department may be asked about (e.g. only minors): nothing to ask, nothing held.
        if (asked.Members.Count == 0)
            return new SourceChecked(command.VerificationId, Department, EvidenceHash.Of([]), new CanonicalRecords(), 0, time.GetUtcNow());
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
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Shutdown is the only exception left to the broker (the command is redelivered); everything
            // else, an adapter bug included, ends the query now rather than leaving it to the deadline.
            metrics.Query(Department, "unavailable", Stopwatch.GetElapsedTime(started));
            if (ex is HubFaultException) LogNotSent(Department, command.VerificationId, ex.Message);
            if (Reason(ex, budget) is not { } reason)
            {
                // Type and stack only: an exception message may quote the data being mapped.
                LogAdapterFailed(Department, ex.GetType().FullName, ex.StackTrace);
                reason = (ReasonCodes.HubError, $"the {Department} adapter failed ({ex.GetType().Name})");
            }
            return Failed(command, reason.Code, reason.Text, client.Attempts);
        }
    }

    /// <summary>Why the department is unavailable, as a code and in words; null for an exception that means a bug in the adapter.</summary>
    private static (string Code, string Text)? Reason(Exception ex, TimeSpan budget) => ex switch
    {
        HubFaultException hub => (ReasonCodes.HubError, hub.Message),
        BrokenCircuitException => (ReasonCodes.BreakerOpen, "the department's circuit breaker is open after repeated failures"),
        TimeoutRejectedException timeout => (ReasonCodes.DepartmentTimeout, $"no answer within {timeout.Timeout.TotalSeconds:0.#} s"),
        OperationCanceledException => (ReasonCodes.DepartmentTimeout, $"no answer within {budget.TotalSeconds:0.#} s"),
        DepartmentRefusedException refused => (ReasonCodes.DepartmentError, refused.Message),
        HttpRequestException { HttpRequestError: HttpRequestError.Unknown } =>
            (ReasonCodes.DepartmentUnreachable, "the connection to the department failed"),
        HttpRequestException http => (ReasonCodes.DepartmentUnreachable, $"the department could not be reached ({http.HttpRequestError})"),
        UnreadableAnswerException unreadable => (ReasonCodes.AnswerUnreadable, "the department's answer could not be read: " + unreadable.Message),
        _ => null,
    };

    [LoggerMessage(LogLevel.Error, "The {Department} adapter failed with {ExceptionType}; the source is reported unavailable. {StackTrace}")]
    private partial void LogAdapterFailed(string department, string? exceptionType, string? stackTrace);

    [LoggerMessage(LogLevel.Error, "Verification {VerificationId}: nothing sent to {Department}, the hub's own fault: {Problem}")]
    private partial void LogNotSent(string department, Guid verificationId, string problem);

    private static IReadOnlyList<MemberIdentity> Select(IReadOnlyList<MemberIdentity> members, MemberSelection selection, TimeProvider time) =>
        selection == MemberSelection.Adults
            ? members.Where(m => IdNumber.AgeOn(m.IdNumber, time.Today()) >= 18).ToList()
            : members;

    private SourceCheckFailed Failed(CheckSource command, string code, string reason, int attempts) =>
        new(command.VerificationId, Department, code, reason, attempts, time.GetUtcNow());
}
