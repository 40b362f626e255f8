using System.Text.Json.Serialization;

namespace Hub.Adapters.HouseholdRegistration;

// The household registry's JSON interface: upper-case pinyin initials as its population system names
// the fields, dates yyyyMMdd.

/// <param name="Jurisdiction">CXDW 查询单位: the asking jurisdiction's division code.</param>
/// <param name="Purpose">CXYY 查询原因.</param>
/// <param name="Persons">CXRY 查询人员.</param>
internal sealed record HukouQuery(
    [property: JsonPropertyName("CXDW")] string Jurisdiction,
    [property: JsonPropertyName("CXYY")] string Purpose,
    [property: JsonPropertyName("CXRY")] IReadOnlyList<HukouQueryPerson> Persons);

/// <param name="IdNumber">GMSFHM 公民身份号码.</param>
/// <param name="Name">XM 姓名.</param>
internal sealed record HukouQueryPerson(
    [property: JsonPropertyName("GMSFHM")] string IdNumber,
    [property: JsonPropertyName("XM")] string Name);

/// <param name="Households">HJXX 户籍信息: the households the people asked about belong or belonged to.</param>
/// <param name="NotFound">WCXRY 未查询到人员: ID numbers the registry does not know.</param>
internal sealed record HukouAnswer(
    [property: JsonPropertyName("FHDM")] string? Code,
    [property: JsonPropertyName("FHXX")] string? Message,
    [property: JsonPropertyName("HJXX")] IReadOnlyList<HukouHousehold>? Households,
    [property: JsonPropertyName("WCXRY")] IReadOnlyList<string>? NotFound);

/// <param name="Number">HH 户号.</param>
/// <param name="Address">HJDZ 户籍地址.</param>
/// <param name="Residents">HCY 户成员.</param>
internal sealed record HukouHousehold(
    [property: JsonPropertyName("HH")] string? Number,
    [property: JsonPropertyName("HJDZ")] string? Address,
    [property: JsonPropertyName("HCY")] IReadOnlyList<HukouResident>? Residents);

/// <param name="RelationCode">YHZGX 与户主关系.</param>
/// <param name="StatusCode">HKZT 户口状态.</param>
/// <param name="ChangedOn">BDRQ 变动日期.</param>
internal sealed record HukouResident(
    [property: JsonPropertyName("GMSFHM")] string? IdNumber,
    [property: JsonPropertyName("XM")] string? Name,
    [property: JsonPropertyName("YHZGX")] string? RelationCode,
    [property: JsonPropertyName("HKZT")] string? StatusCode,
    [property: JsonPropertyName("BDRQ")] string? ChangedOn);
