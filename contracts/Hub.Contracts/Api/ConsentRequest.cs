namespace Hub.Contracts.Api;

/// <summary>The members' written authorization (授权书) for the lookups.</summary>
public sealed record ConsentRequest
{
    public string? Reference { get; init; }
    public DateOnly? SignedOn { get; init; }
    public DateOnly? ValidUntil { get; init; }
    public IReadOnlyList<string>? SignedBy { get; init; }
}
