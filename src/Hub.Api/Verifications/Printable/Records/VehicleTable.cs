using Hub.Contracts.Records;

namespace Hub.Api.Verifications.Printable.Records;

/// <summary>机动车登记: each vehicle, its value and whether the policy exempts it.</summary>
internal static class VehicleTable
{
    private static readonly Vocabulary Types = new(new Dictionary<string, string>
    {
        [VehicleTypes.Car] = "小型汽车", [VehicleTypes.Truck] = "货车", [VehicleTypes.Motorcycle] = "摩托车",
        [VehicleTypes.Tricycle] = "三轮车", [VehicleTypes.Agricultural] = "农用车",
    });

    private static readonly Vocabulary ExemptUses = new(new Dictionary<string, string>
    {
        [VehicleExemptUses.Disability] = "残疾人功能性补偿代步机动车", [VehicleExemptUses.LivelihoodTool] = "基本生活、生产工具",
    });

    public static readonly RecordTable Table = RecordTable.Of("vehicles", "机动车",
        [
            Column.Word("所有人"), Column.Word("号牌号码"), Column.Word("车辆类型"), Column.Word("注册登记日期"),
            Column.Figure("评估价值（元）"), Column.Word("豁免情形"),
        ],
        r => r.Vehicles,
        (v, members) =>
            [members[v.MemberPosition], v.PlateNumber, Types[v.VehicleType], Format.Date(v.RegisteredOn), Format.Money(v.ValueCny),
             v.ExemptUse is { } use ? ExemptUses[use] : "无"]);
}
