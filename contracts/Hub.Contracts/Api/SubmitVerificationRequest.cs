namespace Hub.Contracts.Api;

/// <summary>Body of <c>POST /api/v1/verifications</c>.</summary>
public sealed record SubmitVerificationRequest
{
    public string? CaseRef { get; init; }
    public string? Jurisdiction { get; init; }
    public string? AssistanceType { get; init; }
    public string? Residence { get; init; }
    public IReadOnlyList<MemberRequest>? Members { get; init; }
    public ConsentRequest? Consent { get; init; }
    public IReadOnlyList<string>? Sources { get; init; }
    public string? CallbackUrl { get; init; }
}
