namespace Hub.Core.HouseholdMetrics;

/// <summary>What a policy decides about how the metrics are computed.</summary>
/// <param name="CountedIncomeCategories">The <see cref="Contracts.Records.IncomeCategories"/> the policy counts as household income.</param>
/// <param name="CountedBenefits">The <see cref="BenefitKinds"/> the policy counts as household income.</param>
/// <param name="MinorUnder">Members younger than this are minors.</param>
/// <param name="WorkingUntil">Members this old or older are elderly.</param>
/// <param name="VehicleExemptions">The kinds of vehicle the asset test leaves out.</param>
/// <param name="HousingFundAsAsset">Housing-fund balances count as financial assets.</param>
public sealed record HouseholdMetricsSettings(
    IReadOnlySet<string> CountedIncomeCategories,
    IReadOnlySet<string> CountedBenefits,
    int MinorUnder,
    int WorkingUntil,
    IReadOnlyList<VehicleExemption> VehicleExemptions,
    bool HousingFundAsAsset)
{
    /// <summary>The tax adapter always asks for the last twelve full months, so income is averaged over twelve.</summary>
    public int IncomeMonths { get; init; } = 12;

    /// <summary>Transfers out within this many months count as possibly moved-away assets.</summary>
    public int OutflowMonths { get; init; } = 6;
}
