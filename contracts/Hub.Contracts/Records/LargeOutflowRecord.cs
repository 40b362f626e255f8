namespace Hub.Contracts.Records;

/// <summary>A large outgoing transfer within the last six months: a hint of assets moved away before applying.</summary>
public sealed record LargeOutflowRecord(int MemberPosition, string Bank, DateOnly On, decimal AmountCny, string Counterparty);
