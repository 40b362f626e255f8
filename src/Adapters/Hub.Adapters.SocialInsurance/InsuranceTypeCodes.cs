using Hub.Contracts.Records;

namespace Hub.Adapters.SocialInsurance;

/// <summary>The agency's insurance type codes (险种类型, <c>aae140</c>) and the hub's insurance kinds and pension schemes they stand for.</summary>
public static class InsuranceTypeCodes
{
    public static readonly IReadOnlyDictionary<string, string> ToKind = new Dictionary<string, string>
    {
        ["110"] = InsuranceKinds.EmployeePension,  // 企业职工基本养老保险
        ["120"] = InsuranceKinds.EmployeePension,  // 机关事业单位基本养老保险
        ["170"] = InsuranceKinds.ResidentPension,  // 城乡居民基本养老保险
        ["210"] = InsuranceKinds.Unemployment,     // 失业保险
        ["410"] = InsuranceKinds.WorkInjury,       // 工伤保险
    };

    public static readonly IReadOnlyDictionary<string, string> ToPensionScheme = new Dictionary<string, string>
    {
        ["110"] = PensionSchemes.UrbanEmployee,
        ["120"] = PensionSchemes.UrbanEmployee,
        ["170"] = PensionSchemes.UrbanRuralResident,
    };
}
