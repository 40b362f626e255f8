using Hub.Contracts.Messages;

namespace Hub.Adapters.Sdk;

/// <summary>
/// One department query's HTTP access: every request carries the case's trace headers (encoded, see
/// <see cref="TraceHeaders"/>) and counts its attempts; error statuses become <see cref="DepartmentRefusedException"/>.
/// </summary>
public sealed class DepartmentClient(HttpClient http, SourceOptions options, CheckSource command)
{
    private readonly AttemptCounter attempts = new();

    public SourceOptions Options => options;
    public int Attempts => attempts.Count;

    public async Task<DepartmentResponse> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Add(TraceHeaders.CaseRef, TraceHeaders.Encode(command.CaseRef));
        request.Headers.Add(TraceHeaders.RequestId, command.VerificationId.ToString());
        if (command.UserId is not null) request.Headers.Add(TraceHeaders.UserId, TraceHeaders.Encode(command.UserId));
        attempts.Attach(request);

        using var response = await http.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (!response.IsSuccessStatusCode) throw new DepartmentRefusedException(response.StatusCode);
        return new DepartmentResponse(response.StatusCode, body);
    }
}
