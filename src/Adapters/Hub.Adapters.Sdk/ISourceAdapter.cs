using Hub.Contracts.Messages;
using Hub.Contracts.Records;

namespace Hub.Adapters.Sdk;

/// <summary>
/// What an adapter writes: how to ask its source (a department's data service) and how to read the answer.
/// The SDK does the rest — resilience, quotas, trace headers, evidence hashing, deadlines, publishing.
/// </summary>
public interface ISourceAdapter
{
    /// <summary>The source code callers use (<c>tax</c>, <c>real_estate</c>, …); also names the queue and the HTTP client.</summary>
    static abstract string SourceCode { get; }

    /// <summary>
    /// Asks the department about these members — one call, or several for a department that answers
    /// asynchronously — and returns its raw answer: the evidence the report's hash is computed over.
    /// </summary>
    Task<byte[]> FetchAsync(DepartmentClient department, CheckSource command, CancellationToken cancellationToken);

    /// <summary>Maps the department's raw answer to canonical records; throws <see cref="UnreadableAnswerException"/> when it cannot.</summary>
    CanonicalRecords Map(byte[] answer, CheckSource command);
}
