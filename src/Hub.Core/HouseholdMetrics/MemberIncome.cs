using Hub.Contracts.Api;

namespace Hub.Core.HouseholdMetrics;

/// <summary>One member's income of one kind (<see cref="IncomeKinds"/>), yuan per month, and the records it comes from.</summary>
public sealed record MemberIncome(int Position, string Kind, decimal MonthlyCny, string Source, RecordReference Basis);
