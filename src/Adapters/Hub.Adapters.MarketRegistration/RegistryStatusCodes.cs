using Hub.Contracts.Records;

namespace Hub.Adapters.MarketRegistration;

/// <summary>The registry's registration status codes (登记状态) and the hub's enterprise statuses they stand for.</summary>
public static class RegistryStatusCodes
{
    public static readonly IReadOnlyDictionary<string, string> ToStatus = new Dictionary<string, string>
    {
        ["1"] = EnterpriseStatuses.Active, // 存续
        ["2"] = EnterpriseStatuses.Active, // 在业
        ["3"] = EnterpriseStatuses.Revoked, // 吊销
        ["4"] = EnterpriseStatuses.Deregistered, // 注销
    };
}
