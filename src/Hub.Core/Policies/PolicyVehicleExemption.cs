namespace Hub.Core.Policies;

/// <summary>
/// A kind of vehicle the asset test does not count (残疾人功能性补偿代步机动车, a tool of livelihood). It matches on the
/// registry's use, optionally its type and value; the registry itself decides nothing.
/// </summary>
/// <param name="Label">In Chinese, for the report.</param>
/// <param name="Uses">Registry uses (<see cref="Contracts.Records.VehicleUses"/>) it covers.</param>
/// <param name="Types">Vehicle types it covers; null for any.</param>
/// <param name="MaxValue">Only vehicles worth at most this many yuan.</param>
/// <param name="RequiresDisabilityCertificate">Only when the owner holds a valid disability certificate (残联).</param>
public sealed record PolicyVehicleExemption(
    string Label,
    IReadOnlyList<string> Uses,
    IReadOnlyList<string>? Types = null,
    PolicyParameter? MaxValue = null,
    bool RequiresDisabilityCertificate = false,
    bool Sample = false,
    string? Cite = null);
