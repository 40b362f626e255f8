using Hub.Contracts.Messages;
using Hub.Contracts.Records;

namespace Hub.Adapters.Sdk;

/// <summary>
/// What a department adapter writes: how to ask its department and how to read the answer.
/// The SDK does the rest — HTTP, evidence hashing, deadlines, publishing the result.
/// </summary>
public interface IDepartmentAdapter
{
    /// <summary>The source code callers use (<c>tax</c>, <c>real_estate</c>, …); also names the queue and the HTTP client.</summary>
    static abstract string SourceCode { get; }

    /// <summary>Builds the department request for these members; the SDK adds the trace headers.</summary>
    HttpRequestMessage BuildRequest(CheckSource command);

    /// <summary>Maps the department's raw answer to canonical records; throws <see cref="UnreadableAnswerException"/> when it cannot.</summary>
    CanonicalRecords Map(byte[] answer, CheckSource command);
}
