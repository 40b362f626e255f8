using Hub.Contracts.Records;

namespace Hub.Adapters.RealEstate;

/// <summary>The registry's building uses (房屋用途, field <c>yt</c>) and the hub's property uses they stand for; any other use is <see cref="PropertyUses.Other"/>.</summary>
public static class PropertyUseCodes
{
    public static readonly IReadOnlyDictionary<string, string> ToUse = new Dictionary<string, string>
    {
        ["住宅"] = PropertyUses.Residential,
        ["商业"] = PropertyUses.Commercial,
        ["工业"] = PropertyUses.Industrial,
    };

    public static string UseOf(string registryUse) => ToUse.GetValueOrDefault(registryUse.Trim(), PropertyUses.Other);
}
