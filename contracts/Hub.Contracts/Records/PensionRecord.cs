namespace Hub.Contracts.Records;

/// <summary>A basic pension paid to a member (基本养老金), as the social-insurance agency (人社) pays it.</summary>
/// <param name="MemberPosition">Position of the member in the submitted household (0-based).</param>
/// <param name="Scheme">One of <see cref="PensionSchemes"/>.</param>
/// <param name="Status">One of <see cref="BenefitStatuses"/>.</param>
/// <param name="MonthlyAmountCny">The amount paid per month now. Pensions are exempt from income tax, so tax records never show them.</param>
/// <param name="PaidSince">The first month paid.</param>
/// <param name="Agency">The social-insurance agency (社会保险经办机构) that pays it.</param>
public sealed record PensionRecord(
    int MemberPosition, string Scheme, string Status, decimal MonthlyAmountCny, DateOnly PaidSince, string Agency);
