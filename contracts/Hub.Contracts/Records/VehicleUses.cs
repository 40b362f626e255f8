namespace Hub.Contracts.Records;

/// <summary>
/// A vehicle's use as the registry records it (使用性质). Whether a use exempts the vehicle from the asset test is the
/// policy pack's decision, not the registry's.
/// </summary>
public static class VehicleUses
{
    /// <summary>非营运: private.</summary>
    public const string Private = "private";
    /// <summary>营运: carrying passengers or goods for hire (taxi, bus, freight).</summary>
    public const string Commercial = "commercial";
    /// <summary>租赁: rented out.</summary>
    public const string Rental = "rental";
    /// <summary>生产工具: a farm or work vehicle registered as a tool of production.</summary>
    public const string ProductionTool = "production_tool";
    /// <summary>残疾人专用: a mobility vehicle of a person with a disability.</summary>
    public const string Disabled = "disabled";
    /// <summary>Any other use the registry records (警用, 教练, …).</summary>
    public const string Other = "other";

    public static readonly IReadOnlySet<string> All = new HashSet<string> { Private, Commercial, Rental, ProductionTool, Disabled, Other };
}
