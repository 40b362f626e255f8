namespace Hub.Contracts.Api;

public sealed record MemberRequest
{
    public string? Name { get; init; }
    public string? IdNumber { get; init; }
    public string? Relation { get; init; }
}
