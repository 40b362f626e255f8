using System.Text.Json.Serialization;

namespace Hub.Adapters.Vehicle;

// The traffic police vehicle registry's JSON interface, as the department defines it: field names
// are the pinyin initials its registration system (机动车登记) uses, not the hub's vocabulary.

/// <param name="Persons">查询对象: the people asked about.</param>
internal sealed record VehicleQuery([property: JsonPropertyName("cxdx")] IReadOnlyList<VehicleQueryPerson> Persons);

/// <param name="Name">姓名.</param>
/// <param name="IdNumber">身份证明号码.</param>
internal sealed record VehicleQueryPerson(
    [property: JsonPropertyName("xm")] string Name,
    [property: JsonPropertyName("sfzmhm")] string IdNumber);

/// <param name="Results">结果: one entry per person asked about.</param>
internal sealed record VehicleAnswer(
    [property: JsonPropertyName("code")] string? Code,
    [property: JsonPropertyName("msg")] string? Message,
    [property: JsonPropertyName("jg")] IReadOnlyList<VehicleAnswerPerson>? Results);

/// <param name="Vehicles">机动车信息: the vehicles registered to the person as owner.</param>
internal sealed record VehicleAnswerPerson(
    [property: JsonPropertyName("sfzmhm")] string? IdNumber,
    [property: JsonPropertyName("jdcxx")] IReadOnlyList<VehicleAnswerVehicle>? Vehicles);

/// <param name="Plate">号牌号码.</param>
/// <param name="TypeCode">车辆类型 (GA 802 code, e.g. K33).</param>
/// <param name="TypeName">车辆类型名称 (e.g. 小型轿车), for people reading the evidence.</param>
/// <param name="FirstRegistered">初次登记日期, yyyy-MM-dd.</param>
/// <param name="AssessedValue">评估价值 in yuan, a decimal string.</param>
/// <param name="Use">使用性质 (e.g. 非营运, 营运, 残疾人专用).</param>
internal sealed record VehicleAnswerVehicle(
    [property: JsonPropertyName("hphm")] string? Plate,
    [property: JsonPropertyName("cllx")] string? TypeCode,
    [property: JsonPropertyName("cllxmc")] string? TypeName,
    [property: JsonPropertyName("ccdjrq")] string? FirstRegistered,
    [property: JsonPropertyName("pgjz")] string? AssessedValue,
    [property: JsonPropertyName("syxz")] string? Use);
