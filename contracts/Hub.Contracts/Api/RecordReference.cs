namespace Hub.Contracts.Api;

/// <summary>
/// Which records of one source a metric was computed from: positions in that source's
/// <see cref="Records.CanonicalRecords"/> list named by <paramref name="Collection"/>, as the report shows them.
/// </summary>
/// <param name="Collection">The camelCase list name in the report, e.g. <c>income</c> or <c>bankAccounts</c>.</param>
public sealed record RecordReference(string Source, string Collection, IReadOnlyList<int> Records);
