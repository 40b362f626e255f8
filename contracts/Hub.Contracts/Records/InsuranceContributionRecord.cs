namespace Hub.Contracts.Records;

/// <summary>A member's enrolment in one social insurance (社会保险参保缴费) and what it is paid on.</summary>
/// <param name="MemberPosition">Position of the member in the submitted household (0-based).</param>
/// <param name="Insurance">One of <see cref="InsuranceKinds"/>.</param>
/// <param name="Status">One of <see cref="ContributionStatuses"/>.</param>
/// <param name="MonthlyBaseCny">The contribution base (缴费基数) per month: for employees it follows the wage.
/// Null where the scheme has no base (城乡居民 pay a yearly tier).</param>
/// <param name="Employer">The paying employer; null when the member pays as an individual (灵活就业) or as a resident.</param>
/// <param name="Since">The first month of the current enrolment.</param>
/// <param name="LastPaidPeriod">The last month paid, as yyyy-MM; null when nothing was paid yet.</param>
public sealed record InsuranceContributionRecord(
    int MemberPosition, string Insurance, string Status, decimal? MonthlyBaseCny, string? Employer, DateOnly Since, string? LastPaidPeriod);
