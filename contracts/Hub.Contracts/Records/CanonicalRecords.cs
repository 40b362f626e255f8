namespace Hub.Contracts.Records;

/// <summary>
/// What one department said about a household, in the hub's own vocabulary.
/// Each department fills the lists it knows about; the others stay empty.
/// </summary>
public sealed record CanonicalRecords
{
    public IReadOnlyList<IncomeRecord> Income { get; init; } = [];
}
