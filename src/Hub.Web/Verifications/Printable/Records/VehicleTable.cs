using Hub.Contracts.Records;

namespace Hub.Web.Verifications.Printable.Records;

/// <summary>
/// 机动车登记: each vehicle, its value and its use as the registry records it. Whether the policy exempts it is the
/// pack's decision: the metrics it went into say so (豁免车辆数量, or the counted vehicles).
/// </summary>
internal static class VehicleTable
{
    public static readonly Vocabulary Types = new(new Dictionary<string, string>
    {
        [VehicleTypes.Car] = "小型汽车", [VehicleTypes.Truck] = "货车", [VehicleTypes.Motorcycle] = "摩托车",
        [VehicleTypes.Tricycle] = "三轮车", [VehicleTypes.Agricultural] = "农用车",
    });

    /// <summary>使用性质 as the registry names it.</summary>
    public static readonly Vocabulary Uses = new(new Dictionary<string, string>
    {
        [VehicleUses.Private] = "非营运", [VehicleUses.Commercial] = "营运", [VehicleUses.Rental] = "租赁",
        [VehicleUses.ProductionTool] = "生产工具", [VehicleUses.Disabled] = "残疾人专用", [VehicleUses.Other] = "其他",
    });

    public static readonly RecordTable Table = RecordTable.Of("vehicles", "机动车",
        [
            Column.Word("所有人"), Column.Word("号牌号码"), Column.Word("车辆类型"), Column.Word("使用性质"), Column.Word("注册登记日期"),
            Column.Figure("评估价值（元）"),
        ],
        r => r.Vehicles,
        (v, members) =>
            [members[v.MemberPosition], v.PlateNumber, Types[v.VehicleType], Uses[v.Use], Format.Date(v.RegisteredOn), Format.Money(v.ValueCny)]);
}
