using Hub.Contracts.Records;

namespace Hub.Adapters.HousingFund;

/// <summary>The center's personal account status codes (个人账户状态) and the hub's statuses they stand for.</summary>
public static class HousingFundStatusCodes
{
    public static readonly IReadOnlyDictionary<string, string> ToStatus = new Dictionary<string, string>
    {
        ["01"] = HousingFundStatuses.Active,    // 正常
        ["02"] = HousingFundStatuses.Suspended, // 封存
        ["99"] = HousingFundStatuses.Closed,    // 销户
    };
}
