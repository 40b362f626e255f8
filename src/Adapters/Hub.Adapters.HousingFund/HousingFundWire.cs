using System.Text.Json.Serialization;

namespace Hub.Adapters.HousingFund;

// The housing provident fund center's JSON interface: the center's own pinyin-initial field names
// (as in its data standard), mapped here to readable property names. Amounts are decimal strings in CNY.

internal sealed record FundQuery(
    [property: JsonPropertyName("zjlx")] string IdType,
    [property: JsonPropertyName("zjhm")] IReadOnlyList<string> IdNumbers);

internal sealed record FundAnswer(
    [property: JsonPropertyName("fhm")] string? Code,
    [property: JsonPropertyName("fhxx")] string? Message,
    [property: JsonPropertyName("jg")] IReadOnlyList<FundAnswerPerson>? Results);

internal sealed record FundAnswerPerson(
    [property: JsonPropertyName("zjhm")] string? IdNumber,
    [property: JsonPropertyName("zhxx")] IReadOnlyList<FundAnswerAccount>? Accounts);

internal sealed record FundAnswerAccount(
    [property: JsonPropertyName("grzh")] string? AccountNumber,
    [property: JsonPropertyName("grzhzt")] string? StatusCode,
    [property: JsonPropertyName("dwmc")] string? Employer,
    [property: JsonPropertyName("dwyjce")] string? EmployerMonthly,
    [property: JsonPropertyName("gryjce")] string? EmployeeMonthly,
    [property: JsonPropertyName("grzhye")] string? Balance);
