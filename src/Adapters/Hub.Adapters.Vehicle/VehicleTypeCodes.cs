using Hub.Contracts.Records;

namespace Hub.Adapters.Vehicle;

/// <summary>
/// The registry's vehicle type codes (车辆类型, GA 802: a class letter, a size digit and a body digit) and the
/// hub's vehicle types they stand for. The table is keyed by class and size, the part that decides the type;
/// a code outside it makes the answer unreadable rather than silently mis-typed.
/// </summary>
public static class VehicleTypeCodes
{
    public static readonly IReadOnlyDictionary<string, string> ToVehicleType = new Dictionary<string, string>
    {
        ["K1"] = VehicleTypes.Car,           // 大型客车
        ["K2"] = VehicleTypes.Car,           // 中型客车
        ["K3"] = VehicleTypes.Car,           // 小型客车, K33 小型轿车
        ["K4"] = VehicleTypes.Car,           // 微型客车, K43 微型轿车
        ["H1"] = VehicleTypes.Truck,         // 重型货车
        ["H2"] = VehicleTypes.Truck,         // 中型货车
        ["H3"] = VehicleTypes.Truck,         // 轻型货车
        ["H4"] = VehicleTypes.Truck,         // 微型货车
        ["H5"] = VehicleTypes.Agricultural,  // 低速货车 (the former 四轮农用运输车)
        ["Q1"] = VehicleTypes.Truck,         // 重型牵引车
        ["Q2"] = VehicleTypes.Truck,         // 中型牵引车
        ["Q3"] = VehicleTypes.Truck,         // 轻型牵引车
        ["M1"] = VehicleTypes.Tricycle,      // 三轮摩托车 (正三轮, 侧三轮)
        ["M2"] = VehicleTypes.Motorcycle,    // 二轮摩托车
        ["N1"] = VehicleTypes.Tricycle,      // 三轮汽车 (the former 三轮农用运输车)
        ["T1"] = VehicleTypes.Agricultural,  // 大型拖拉机
        ["T2"] = VehicleTypes.Agricultural,  // 小型、手扶拖拉机
    };

    /// <summary>The hub's type for a three-character code such as <c>K33</c>; null when the code is malformed or not in the table.</summary>
    public static string? TypeOf(string? code) =>
        code is { Length: 3 } && char.IsAsciiLetterUpper(code[0]) && char.IsAsciiDigit(code[1]) && char.IsAsciiDigit(code[2])
            ? ToVehicleType.GetValueOrDefault(code[..2])
            : null;
}
