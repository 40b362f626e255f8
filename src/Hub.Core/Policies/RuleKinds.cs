using Hub.Core.HouseholdMetrics;

namespace Hub.Core.Policies;

/// <summary>The rule kinds a pack may use.</summary>
public static class RuleKinds
{
    /// <summary>Net monthly income per person (after the pack's deductions) below the 低保 standard × multiplier (低于).</summary>
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
    /// <summary>特困: the applicant is elderly, a minor or severely disabled (无劳动能力).</summary>
    public const string ApplicantUnableToWork = "applicant_unable_to_work";
    /// <summary>特困: no member able to work earns an income.</summary>
    public const string NoAbleMemberWithIncome = "no_able_member_with_income";
    /// <summary>特困: no member bound to support the applicant (法定赡养、抚养、扶养义务人) can, by income.</summary>
    public const string ObligorSupport = "obligor_support";
    /// <summary>Recorded income consistent with the wage that housing-fund contributions imply.</summary>
    public const string HousingFundIncomeConsistency = "housing_fund_income_consistency";

    /// <summary>The rule kinds that compare one household metric with a threshold, and that metric.</summary>
    public static readonly IReadOnlyDictionary<string, string> Metric = new Dictionary<string, string>
    {
        [FinancialAssetsPerCapita] = HouseholdMetricNames.FinancialAssetsPerCapita,
        [ResidentialPropertyCount] = HouseholdMetricNames.ResidentialPropertyCount,
        [ResidentialAreaPerCapita] = HouseholdMetricNames.ResidentialAreaPerCapita,
        [NonExemptVehicleCount] = HouseholdMetricNames.NonExemptVehicleCount,
        [NonExemptVehicleValue] = HouseholdMetricNames.NonExemptVehicleValue,
        [EnterpriseRoleCapital] = HouseholdMetricNames.ActiveEnterpriseCapitalMax,
        [LargeOutflowsTotal] = HouseholdMetricNames.LargeOutflowsTotal,
    };

    public static readonly IReadOnlySet<string> All = new HashSet<string>(Metric.Keys)
    {
        IncomePerCapita, ApplicantUnableToWork, NoAbleMemberWithIncome, ObligorSupport, HousingFundIncomeConsistency,
    };
}
