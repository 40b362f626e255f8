namespace Hub.Contracts.Records;

/// <summary>A member's housing provident fund account (住房公积金).</summary>
/// <param name="AccountStatus">One of <see cref="HousingFundStatuses"/>.</param>
/// <param name="MonthlyContributionCny">Employer plus employee contribution per month.</param>
public sealed record HousingFundRecord(
    int MemberPosition, string AccountStatus, string Employer, decimal MonthlyContributionCny, decimal BalanceCny);
