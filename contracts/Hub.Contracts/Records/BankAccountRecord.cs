namespace Hub.Contracts.Records;

/// <summary>A deposit account of a member at one bank.</summary>
/// <param name="AccountNumberMasked">Only the last four digits are kept.</param>
/// <param name="AccountType">One of <see cref="BankAccountTypes"/>.</param>
public sealed record BankAccountRecord(int MemberPosition, string Bank, string AccountNumberMasked, string AccountType, decimal BalanceCny);
