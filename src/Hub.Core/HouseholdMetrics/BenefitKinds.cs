namespace Hub.Core.HouseholdMetrics;

/// <summary>The benefits from the social-insurance records a pack may count as income.</summary>
public static class BenefitKinds
{
    /// <summary>城镇职工基本养老金.</summary>
    public const string PensionUrbanEmployee = "pension_urban_employee";
    /// <summary>城乡居民基本养老金.</summary>
    public const string PensionUrbanRuralResident = "pension_urban_rural_resident";
    /// <summary>失业保险金.</summary>
    public const string UnemploymentBenefit = "unemployment_benefit";

    public static readonly IReadOnlySet<string> All = new HashSet<string> { PensionUrbanEmployee, PensionUrbanRuralResident, UnemploymentBenefit };
}
