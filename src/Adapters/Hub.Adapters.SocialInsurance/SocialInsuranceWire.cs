using System.Text.Json.Serialization;

namespace Hub.Adapters.SocialInsurance;

// The social-insurance agency's JSON interface: one person per query, field names are the agency's
// data-dictionary codes. Amounts are decimal strings in CNY, months yyyyMM, days yyyyMMdd.

/// <param name="IdNumber">aac002 公民身份号码.</param>
/// <param name="Name">aac003 姓名.</param>
/// <param name="Purpose">cxyy 查询原因.</param>
internal sealed record PersonQuery(
    [property: JsonPropertyName("aac002")] string IdNumber,
    [property: JsonPropertyName("aac003")] string Name,
    [property: JsonPropertyName("cxyy")] string Purpose);

internal sealed record PersonAnswer(
    [property: JsonPropertyName("head")] AnswerHead? Head,
    [property: JsonPropertyName("body")] AnswerBody? Body);

internal sealed record AnswerHead(
    [property: JsonPropertyName("code")] string? Code,
    [property: JsonPropertyName("msg")] string? Message);

/// <param name="Enrolments">cbxx 参保信息.</param>
/// <param name="Pensions">yljxx 养老金待遇.</param>
/// <param name="Benefits">syjxx 失业保险金待遇.</param>
internal sealed record AnswerBody(
    [property: JsonPropertyName("aac002")] string? IdNumber,
    [property: JsonPropertyName("cbxx")] IReadOnlyList<AnswerEnrolment>? Enrolments,
    [property: JsonPropertyName("yljxx")] IReadOnlyList<AnswerPension>? Pensions,
    [property: JsonPropertyName("syjxx")] IReadOnlyList<AnswerBenefit>? Benefits);

/// <param name="InsuranceCode">aae140 险种类型.</param>
/// <param name="StatusCode">aac008 参保状态.</param>
/// <param name="MonthlyBase">aae180 缴费基数.</param>
/// <param name="Employer">aab004 单位名称.</param>
/// <param name="FirstMonth">aae041 开始年月.</param>
/// <param name="LastPaidMonth">aae042 最后缴费年月.</param>
internal sealed record AnswerEnrolment(
    [property: JsonPropertyName("aae140")] string? InsuranceCode,
    [property: JsonPropertyName("aac008")] string? StatusCode,
    [property: JsonPropertyName("aae180")] string? MonthlyBase,
    [property: JsonPropertyName("aab004")] string? Employer,
    [property: JsonPropertyName("aae041")] string? FirstMonth,
    [property: JsonPropertyName("aae042")] string? LastPaidMonth);

/// <param name="SchemeCode">aae140 险种类型.</param>
/// <param name="StatusCode">aae116 待遇状态.</param>
/// <param name="Monthly">aae129 月发放金额.</param>
/// <param name="FirstMonth">aic160 待遇开始年月.</param>
/// <param name="Agency">aab300 经办机构名称.</param>
internal sealed record AnswerPension(
    [property: JsonPropertyName("aae140")] string? SchemeCode,
    [property: JsonPropertyName("aae116")] string? StatusCode,
    [property: JsonPropertyName("aae129")] string? Monthly,
    [property: JsonPropertyName("aic160")] string? FirstMonth,
    [property: JsonPropertyName("aab300")] string? Agency);

/// <param name="StatusCode">aae116 待遇状态.</param>
/// <param name="Monthly">aae129 月发放金额.</param>
/// <param name="From">aae030 开始日期.</param>
/// <param name="Until">aae031 终止日期.</param>
/// <param name="Agency">aab300 经办机构名称.</param>
internal sealed record AnswerBenefit(
    [property: JsonPropertyName("aae116")] string? StatusCode,
    [property: JsonPropertyName("aae129")] string? Monthly,
    [property: JsonPropertyName("aae030")] string? From,
    [property: JsonPropertyName("aae031")] string? Until,
    [property: JsonPropertyName("aab300")] string? Agency);
