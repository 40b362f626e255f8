namespace Hub.Simulators.SocialInsurance;

/// <summary>A basic pension the agency pays (养老金待遇).</summary>
/// <param name="SchemeCode">The 险种类型 it is paid from: 110 or 120 (employees), 170 (residents).</param>
/// <param name="StatusCode">待遇状态: 1 正常发放, 2 暂停发放, 3 终止发放.</param>
public sealed record PensionPayment(string SchemeCode, string StatusCode, decimal Monthly, DateOnly FirstMonth, string Agency);
