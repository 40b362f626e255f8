namespace Hub.Simulators.SocialInsurance;

/// <summary>One insurance a person is enrolled in (参保信息), as the agency keeps it.</summary>
/// <param name="InsuranceCode">险种类型: 110 企业职工基本养老保险, 120 机关事业单位基本养老保险, 170 城乡居民基本养老保险, 210 失业保险, 410 工伤保险.</param>
/// <param name="StatusCode">参保状态: 1 参保缴费, 2 暂停缴费, 3 终止参保.</param>
/// <param name="MonthlyBase">缴费基数; null for the residents' scheme, which pays a yearly tier.</param>
/// <param name="Employer">单位名称; null for a person paying as an individual (灵活就业) or as a resident.</param>
/// <param name="FirstMonth">The first month of this enrolment.</param>
/// <param name="LastPaidMonth">The last month paid, if any.</param>
public sealed record InsuranceEnrolment(
    string InsuranceCode, string StatusCode, decimal? MonthlyBase, string? Employer, DateOnly FirstMonth, DateOnly? LastPaidMonth);
