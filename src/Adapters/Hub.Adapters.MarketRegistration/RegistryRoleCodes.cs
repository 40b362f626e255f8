using Hub.Contracts.Records;

namespace Hub.Adapters.MarketRegistration;

/// <summary>The registry's role codes (职务代码) and the hub's enterprise roles they stand for.</summary>
public static class RegistryRoleCodes
{
    public static readonly IReadOnlyDictionary<string, string> ToRole = new Dictionary<string, string>
    {
        ["10"] = EnterpriseRoles.LegalRepresentative,
        // 经营者: an individual business has an operator where a company has a legal representative.
        ["11"] = EnterpriseRoles.LegalRepresentative,
        ["20"] = EnterpriseRoles.Shareholder,
        ["31"] = EnterpriseRoles.SeniorManager, // 董事
        ["32"] = EnterpriseRoles.SeniorManager, // 监事
        ["33"] = EnterpriseRoles.SeniorManager, // 经理
    };
}
