using Hub.Contracts.Records;

namespace Hub.Adapters.HouseholdRegistration;

/// <summary>The registry's registration status codes (户口状态, <c>HKZT</c>) and the hub's statuses they stand for.</summary>
public static class RegistrationStatusCodes
{
    public static readonly IReadOnlyDictionary<string, string> ToStatus = new Dictionary<string, string>
    {
        ["0"] = RegistrationStatuses.Registered,  // 正常
        ["1"] = RegistrationStatuses.Deceased,    // 死亡注销
        ["2"] = RegistrationStatuses.MovedOut,    // 迁出注销
    };
}
