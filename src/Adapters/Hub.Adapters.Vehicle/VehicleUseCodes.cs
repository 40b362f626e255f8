using Hub.Contracts.Records;

namespace Hub.Adapters.Vehicle;

/// <summary>
/// The registry's uses (使用性质) and the hub's <see cref="VehicleUses"/> they stand for. The adapter reports the use
/// only; which uses exempt a vehicle from the asset test is the policy pack's decision.
/// </summary>
public static class VehicleUseCodes
{
    public static readonly IReadOnlyDictionary<string, string> ToUse = new Dictionary<string, string>
    {
        ["非营运"] = VehicleUses.Private,
        ["营转非"] = VehicleUses.Private,
        ["出租转非"] = VehicleUses.Private,
        ["营运"] = VehicleUses.Commercial,
        ["公路客运"] = VehicleUses.Commercial,
        ["公交客运"] = VehicleUses.Commercial,
        ["出租客运"] = VehicleUses.Commercial,
        ["旅游客运"] = VehicleUses.Commercial,
        ["货运"] = VehicleUses.Commercial,
        ["租赁"] = VehicleUses.Rental,
        ["生产工具"] = VehicleUses.ProductionTool,
        ["残疾人专用"] = VehicleUses.Disabled,
    };

    /// <summary>Any other recorded use (警用, 教练, …) is <see cref="VehicleUses.Other"/>: it is no reason to exempt the vehicle.</summary>
    public static string UseOf(string? registryUse) =>
        registryUse is null ? VehicleUses.Other : ToUse.GetValueOrDefault(registryUse.Trim(), VehicleUses.Other);
}
