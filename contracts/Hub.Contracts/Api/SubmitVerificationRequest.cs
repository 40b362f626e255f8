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

    /// <summary>
    /// Set when this is a recheck of a household already receiving the assistance: the day it began. A working recipient
    /// whose income has risen into the pack's band then gets the 渐退期 (<see cref="Conclusions.Graduating"/>).
    /// </summary>
    public DateOnly? RecipientSince { get; init; }

    /// <summary>Expenses declared for the last twelve months; null when none are declared.</summary>
    public ExpensesRequest? Expenses { get; init; }
}
