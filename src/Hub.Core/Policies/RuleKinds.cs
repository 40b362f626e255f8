using Hub.Core.Metrics;

namespace Hub.Core.Policies;

/// <summary>The rule kinds a pack may use, and the metric each one tests.</summary>
public static class RuleKinds
{
    /// <summary>Monthly income per capita ≤ 低保 standard × multiplier (per residence where they differ).</summary>
    public const string IncomePerCapita = "income_per_capita";
    /// <summary>Financial assets per capita ≤ a multiple of the annual 低保 standard, or a fixed limit.</summary>
    public const string FinancialAssetsPerCapita = "financial_assets_per_capita";
    public const string ResidentialPropertyCount = "residential_property_count";
    public const string ResidentialAreaPerCapita = "residential_area_per_capita";
    public const string NonExemptVehicleCount = "non_exempt_vehicle_count";
    public const string NonExemptVehicleValue = "non_exempt_vehicle_value";
    /// <summary>The largest registered capital of an enterprise a member holds an active role in ≤ limit.</summary>
    public const string EnterpriseRoleCapital = "enterprise_role_capital";
    public const string LargeOutflowsTotal = "large_outflows_total";

    public static readonly IReadOnlyDictionary<string, string> Metric = new Dictionary<string, string>
    {
        [IncomePerCapita] = MetricNames.MonthlyIncomePerCapita,
        [FinancialAssetsPerCapita] = MetricNames.FinancialAssetsPerCapita,
        [ResidentialPropertyCount] = MetricNames.ResidentialPropertyCount,
        [ResidentialAreaPerCapita] = MetricNames.ResidentialAreaPerCapita,
        [NonExemptVehicleCount] = MetricNames.NonExemptVehicleCount,
        [NonExemptVehicleValue] = MetricNames.NonExemptVehicleValue,
        [EnterpriseRoleCapital] = MetricNames.ActiveEnterpriseCapitalMax,
        [LargeOutflowsTotal] = MetricNames.LargeOutflowsTotal,
    };
}
