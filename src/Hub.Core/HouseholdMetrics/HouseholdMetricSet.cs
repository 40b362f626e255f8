using Hub.Contracts.Api;

namespace Hub.Core.HouseholdMetrics;

/// <summary>The household's economic figures, each with the records it came from; built by <see cref="HouseholdMetricsCalculator"/>.</summary>
public sealed record HouseholdMetricSet(
    ReportMetric HouseholdSize,
    ReportMetric WorkingAgeMembers,
    ReportMetric MonthlyIncomePerCapita,
    ReportMetric FinancialAssetsPerCapita,
    ReportMetric ResidentialPropertyCount,
    ReportMetric ResidentialAreaPerCapita,
    ReportMetric NonExemptVehicleCount,
    ReportMetric NonExemptVehicleValue,
    ReportMetric ExemptVehicleCount,
    ReportMetric ActiveEnterpriseRoles,
    ReportMetric ActiveEnterpriseCapitalMax,
    ReportMetric LargeOutflowsTotal,
    ReportMetric HousingFundMonthlyContribution)
{
    /// <summary>In the order the report lists them.</summary>
    public IReadOnlyList<ReportMetric> All =>
    [
        HouseholdSize, WorkingAgeMembers, MonthlyIncomePerCapita, FinancialAssetsPerCapita,
        ResidentialPropertyCount, ResidentialAreaPerCapita, NonExemptVehicleCount, NonExemptVehicleValue, ExemptVehicleCount,
        ActiveEnterpriseRoles, ActiveEnterpriseCapitalMax, LargeOutflowsTotal, HousingFundMonthlyContribution,
    ];

    public ReportMetric Named(string name) =>
        All.FirstOrDefault(m => m.Name == name) ?? throw new ArgumentException($"No metric named {name}.", nameof(name));
}
