namespace Hub.Simulators.SocialInsurance;

/// <summary>Unemployment insurance benefit (失业保险金) the agency pays for a limited time.</summary>
/// <param name="StatusCode">待遇状态: 1 正常发放, 2 暂停发放, 3 终止发放.</param>
public sealed record BenefitPayment(string StatusCode, decimal Monthly, DateOnly From, DateOnly Until, string Agency);
