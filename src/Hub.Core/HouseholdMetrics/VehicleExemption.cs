namespace Hub.Core.HouseholdMetrics;

/// <summary>A kind of vehicle the asset test leaves out, as the policy pack sets it (see <c>PolicyVehicleExemption</c>).</summary>
/// <param name="Types">Null: any type.</param>
/// <param name="MaxValue">Null: any value.</param>
public sealed record VehicleExemption(
    string Label, IReadOnlySet<string> Uses, IReadOnlySet<string>? Types, decimal? MaxValue, bool RequiresDisabilityCertificate);
