using Hub.Contracts.Records;

namespace Hub.Adapters.Vehicle;

/// <summary>The registry's uses (使用性质) that the assistance policies exempt; every other use (非营运, 租赁, …) counts as an asset.</summary>
public static class VehicleUseCodes
{
    public static readonly IReadOnlyDictionary<string, string> ToExemptUse = new Dictionary<string, string>
    {
        ["残疾人专用"] = VehicleExemptUses.Disability,
        ["营运"] = VehicleExemptUses.LivelihoodTool,
        ["生产工具"] = VehicleExemptUses.LivelihoodTool,
    };

    public static string? ExemptUseOf(string? registryUse) =>
        registryUse is null ? null : ToExemptUse.GetValueOrDefault(registryUse.Trim());
}
