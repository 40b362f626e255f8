using System.Text.Json.Serialization;

namespace Hub.Adapters.MarketRegistration;

// The market-regulation registry's JSON interface, as the registry defines it (pinyin abbreviations of its
// Chinese field names; not the hub's vocabulary).

/// <summary>查询事由 (purpose), 查询区划 (asking jurisdiction), 查询人员 (people asked about).</summary>
internal sealed record RolesQuery(
    [property: JsonPropertyName("cxsy")] string Purpose,
    [property: JsonPropertyName("cxqh")] string Jurisdiction,
    [property: JsonPropertyName("cxry")] IReadOnlyList<RolesQueryPerson> People);

/// <summary>证件号码, 姓名.</summary>
internal sealed record RolesQueryPerson(
    [property: JsonPropertyName("zjhm")] string IdNumber,
    [property: JsonPropertyName("xm")] string Name);

/// <summary>返回代码, 返回信息, 查询人数, 结果.</summary>
internal sealed record RolesAnswer(
    [property: JsonPropertyName("fhdm")] string? Code,
    [property: JsonPropertyName("fhxx")] string? Message,
    [property: JsonPropertyName("cxrs")] int? PeopleCount,
    [property: JsonPropertyName("jg")] IReadOnlyList<RolesAnswerPerson>? Results);

/// <summary>证件号码, 任职信息.</summary>
internal sealed record RolesAnswerPerson(
    [property: JsonPropertyName("zjhm")] string? IdNumber,
    [property: JsonPropertyName("rzxx")] IReadOnlyList<RolesAnswerRole>? Roles);

/// <summary>
/// 企业名称, 统一社会信用代码, 职务代码, 出资比例 (percent), 注册资本 (万元), 币种代码 (GB/T 12406), 登记状态.
/// The registry also sends names beside its codes (主体类型, 职务名称, 登记状态名称); the codes are what count.
/// </summary>
internal sealed record RolesAnswerRole(
    [property: JsonPropertyName("qymc")] string? EnterpriseName,
    [property: JsonPropertyName("tyshxydm")] string? CreditCode,
    [property: JsonPropertyName("zwdm")] string? RoleCode,
    [property: JsonPropertyName("czbl")] string? SharePercent,
    [property: JsonPropertyName("zczb")] string? CapitalWan,
    [property: JsonPropertyName("bzdm")] string? CurrencyCode,
    [property: JsonPropertyName("djzt")] string? StatusCode);
