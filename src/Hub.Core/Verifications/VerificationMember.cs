namespace Hub.Core.Verifications;

public sealed class VerificationMember
{
    public Guid VerificationId { get; init; }
    public int Position { get; init; }
    public required string Name { get; init; }
    public required string IdNumber { get; init; }
    public required string Relation { get; init; }
}
