namespace Hub.Core.HouseholdMetrics;

/// <summary>The names metrics carry in the report.</summary>
public static class HouseholdMetricNames
{
    public const string HouseholdSize = "householdSize";
    public const string WorkingAgeMembers = "workingAgeMembers";
    public const string MonthlyIncomePerCapita = "monthlyIncomePerCapita";
    public const string FinancialAssetsPerCapita = "financialAssetsPerCapita";
    public const string ResidentialPropertyCount = "residentialPropertyCount";
    public const string ResidentialAreaPerCapita = "residentialAreaPerCapita";
    public const string NonExemptVehicleCount = "nonExemptVehicleCount";
    public const string NonExemptVehicleValue = "nonExemptVehicleValue";
    public const string ExemptVehicleCount = "exemptVehicleCount";
    public const string ActiveEnterpriseRoles = "activeEnterpriseRoles";
    public const string ActiveEnterpriseCapitalMax = "activeEnterpriseCapitalMax";
    public const string LargeOutflowsTotal = "largeOutflowsTotal";
    public const string HousingFundMonthlyContribution = "housingFundMonthlyContribution";
}
