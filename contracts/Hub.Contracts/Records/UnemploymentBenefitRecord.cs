namespace Hub.Contracts.Records;

/// <summary>Unemployment insurance benefit paid to a member (失业保险金).</summary>
/// <param name="MemberPosition">Position of the member in the submitted household (0-based).</param>
/// <param name="Status">One of <see cref="BenefitStatuses"/>.</param>
/// <param name="MonthlyAmountCny">The amount paid per month.</param>
/// <param name="From">The first day of the entitlement.</param>
/// <param name="Until">The last day of the entitlement (领取期限): the benefit is time-limited, unlike a pension.</param>
/// <param name="Agency">The social-insurance agency that pays it.</param>
public sealed record UnemploymentBenefitRecord(
    int MemberPosition, string Status, decimal MonthlyAmountCny, DateOnly From, DateOnly Until, string Agency);
